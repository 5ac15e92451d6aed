// SPDX-License-Identifier: MIT
#include "core/schema/schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg::schema {

using nlohmann::json;

const char* field_type_name(FieldType t) {
    switch (t) {
        case FieldType::string:
            return "string";
        case FieldType::number:
            return "number";
        case FieldType::integer:
            return "integer";
        case FieldType::year:
            return "year";
        case FieldType::date:
            return "date";
        case FieldType::period:
            return "period";
        case FieldType::boolean:
            return "boolean";
    }
    return "string";
}

std::optional<std::size_t> SheetSchema::field_index(const std::string& n) const {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == n) return i;
    return std::nullopt;
}

const HeaderMeaning* SheetSchema::meaning(const std::string& header_text) const {
    return meaning_of_key(header_key(header_text));
}

const HeaderMeaning* SheetSchema::meaning_of_key(const std::string& key) const {
    auto it = headers.find(key);
    return it == headers.end() ? nullptr : &it->second;
}

bool Schema::ignored(const std::string& sheet_name) const {
    auto key = header_key(sheet_name);
    return std::find(ignore_sheets.begin(), ignore_sheets.end(), key) != ignore_sheets.end();
}

const SheetSchema* Schema::sheet(const std::string& n) const {
    for (const auto& s : sheets)
        if (s.name == n) return &s;
    return nullptr;
}

std::vector<const SchemaChange*> Schema::changes_since(int since) const {
    std::vector<const SchemaChange*> out;
    for (const auto& c : history)
        if (c.version > since && c.version <= version) out.push_back(&c);
    return out;
}

namespace {

// How enum values are compared: as header keys ("Fast drift" = "fast-drift"), except values
// without a letter or digit ("%"), which are compared as written, so that "-" is not "%".
std::string enum_key(const std::string& text) {
    std::string key = header_key(text);
    return key.empty() ? "=" + squeeze_spaces(text) : key;
}

// Line (1-based) of a byte offset in `text`.
std::size_t line_of(const std::string& text, std::size_t offset) {
    return 1 +
           static_cast<std::size_t>(std::count(
               text.begin(),
               text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size())), '\n'));
}

// nlohmann::json keeps no positions; find the line where a quoted value or key first appears
// so that messages can still point at it.
std::size_t line_of_token(const std::string& text, const std::string& token) {
    auto at = text.find("\"" + token + "\"");
    return at == std::string::npos ? 0 : line_of(text, at);
}

class Loader {
  public:
    Loader(const std::string& text, std::filesystem::path path)
        : text_(text), path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string& near, const std::string& da,
                           const std::string& en) const {
        std::size_t line = near.empty() ? 0 : line_of_token(text_, near);
        std::string where = line ? fmt::format("linje {}", line) : std::string();
        throw Error(ErrorCode::schema, path_, {da, en}, where);
    }

    Schema load() {
        json j;
        try {
            j = json::parse(text_);
        } catch (const json::parse_error& e) {
            std::size_t line = line_of(text_, e.byte == 0 ? 0 : e.byte - 1);
            throw Error(ErrorCode::schema, path_,
                        {fmt::format("ugyldig JSON: {}", e.what()),
                         fmt::format("invalid JSON: {}", e.what())},
                        fmt::format("linje {}", line));
        }
        if (!j.is_object())
            fail("", "skemaet skal være et JSON-objekt", "the schema must be a JSON object");
        Schema s;
        s.source = path_;
        s.name = str(j, "name", "opfolgningsplan");
        s.title = str(j, "title", s.name);
        if (j.contains("version") && !j["version"].is_number_integer())
            fail("version", "\"version\" skal være et helt tal",
                 "\"version\" must be a whole number");
        s.version = j.value("version", 1);
        s.instructions_sheet = str(j, "instructions_sheet", s.instructions_sheet);
        for (const auto& n : strings(j, "ignore_sheets")) s.ignore_sheets.push_back(header_key(n));
        s.ignore_sheets.push_back(header_key(s.instructions_sheet));
        if (j.contains("rollover")) {
            const auto& rj = j["rollover"];
            if (!rj.is_object())
                fail("rollover", "\"rollover\" skal være et objekt", "\"rollover\" must be an object");
            s.closed_sheet = str(rj, "closed_sheet", s.closed_sheet);
            s.not_carried_sheet = str(rj, "not_carried_sheet", s.not_carried_sheet);
        }
        // Last year's rows on a rolled-over workbook are history, not this year's plan.
        s.ignore_sheets.push_back(header_key(s.closed_sheet));
        s.ignore_sheets.push_back(header_key(s.not_carried_sheet));
        if (j.contains("metadata")) s.metadata = sheet(j["metadata"], "metadata");
        if (!j.contains("sheets") || !j["sheets"].is_array() || j["sheets"].empty())
            fail("sheets", "skemaet mangler \"sheets\" (en liste af ark)",
                 "the schema lacks \"sheets\" (a list of sheets)");
        if (j.contains("history")) {
            if (!j["history"].is_array())
                fail("history", "\"history\" skal være en liste", "\"history\" must be a list");
            for (const auto& hj : j["history"]) {
                if (!hj.is_object() || !hj.contains("version") || !hj["version"].is_number_integer())
                    fail("history", "hver post i \"history\" skal have et heltal \"version\"",
                         "each entry of \"history\" needs a whole-number \"version\"");
                SchemaChange c;
                c.version = hj["version"].get<int>();
                c.changes.da = str(hj, "changes");
                c.changes.en = str(hj, "changes_en", c.changes.da);
                s.history.push_back(std::move(c));
            }
            std::stable_sort(s.history.begin(), s.history.end(),
                             [](const SchemaChange& a, const SchemaChange& b) {
                                 return a.version < b.version;
                             });
        }
        std::set<std::string> names;
        for (const auto& sj : j["sheets"]) {
            auto sh = sheet(sj, "");
            if (!names.insert(sh.name).second)
                fail(sh.name, fmt::format("arket \"{}\" er defineret to gange", sh.name),
                     fmt::format("sheet \"{}\" is defined twice", sh.name));
            s.sheets.push_back(std::move(sh));
        }
        return s;
    }

  private:
    std::string str(const json& j, const char* key, const std::string& fallback = "") const {
        if (!j.contains(key)) return fallback;
        if (!j[key].is_string())
            fail(key, fmt::format("\"{}\" skal være tekst", key),
                 fmt::format("\"{}\" must be text", key));
        return j[key].get<std::string>();
    }

    double number(const json& j, const char* key, double fallback, const std::string& near) const {
        if (!j.contains(key)) return fallback;
        if (!j[key].is_number())
            fail(near, fmt::format("\"{}\" skal være et tal", key),
                 fmt::format("\"{}\" must be a number", key));
        return j[key].get<double>();
    }

    bool flag(const json& j, const char* key, bool fallback, const std::string& near) const {
        if (!j.contains(key)) return fallback;
        if (!j[key].is_boolean())
            fail(near, fmt::format("\"{}\" skal være true eller false", key),
                 fmt::format("\"{}\" must be true or false", key));
        return j[key].get<bool>();
    }

    std::vector<std::string> strings(const json& j, const char* key) const {
        std::vector<std::string> out;
        if (!j.contains(key)) return out;
        if (!j[key].is_array())
            fail(key, fmt::format("\"{}\" skal være en liste", key),
                 fmt::format("\"{}\" must be a list", key));
        for (const auto& v : j[key]) {
            if (!v.is_string())
                fail(key, fmt::format("\"{}\" må kun indeholde tekst", key),
                     fmt::format("\"{}\" must hold text only", key));
            out.push_back(v.get<std::string>());
        }
        return out;
    }

    FieldType type_of(const std::string& t, const std::string& field) const {
        static const std::pair<const char*, FieldType> known[] = {
            {"string", FieldType::string},   {"number", FieldType::number},
            {"integer", FieldType::integer}, {"year", FieldType::year},
            {"date", FieldType::date},       {"period", FieldType::period},
            {"boolean", FieldType::boolean}};
        for (auto [n, ft] : known)
            if (t == n) return ft;
        fail(field,
             fmt::format("feltet \"{}\" har ukendt type \"{}\" (kendte: string, number, integer, "
                         "year, date, period, boolean)",
                         field, t),
             fmt::format("field \"{}\" has unknown type \"{}\" (known: string, number, integer, "
                         "year, date, period, boolean)",
                         field, t));
    }

    Field field(const json& fj) const {
        if (!fj.is_object())
            fail("fields", "hvert felt skal være et JSON-objekt",
                 "each field must be a JSON object");
        Field f;
        f.name = str(fj, "name");
        if (f.name.empty()) fail("fields", "et felt mangler \"name\"", "a field lacks \"name\"");
        f.title = str(fj, "title", f.name);
        f.title_en = str(fj, "title_en");
        f.type = type_of(str(fj, "type", "string"), f.name);
        f.synonyms = strings(fj, "synonyms");
        f.labels = strings(fj, "labels");
        f.help = str(fj, "help");
        if (fj.contains("example")) f.example = fj["example"];
        if (fj.contains("width")) {
            if (!fj["width"].is_number())
                fail(f.name, "\"width\" skal være et tal", "\"width\" must be a number");
            f.width = fj["width"].get<double>();
        }
        f.internal = flag(fj, "internal", false, f.name);
        f.readonly = flag(fj, "readonly", false, f.name);
        f.print = flag(fj, "print", false, f.name);
        if (fj.contains("constraints")) {
            const auto& c = fj["constraints"];
            if (!c.is_object())
                fail(f.name, "\"constraints\" skal være et objekt",
                     "\"constraints\" must be an object");
            f.required = flag(c, "required", false, f.name);
            f.unique = flag(c, "unique", false, f.name);
            f.enum_values = strings(c, "enum");
            enum_synonyms(f, c);
            if (c.contains("minimum")) f.minimum = number(c, "minimum", 0, f.name);
            if (c.contains("maximum")) f.maximum = number(c, "maximum", 0, f.name);
        }
        return f;
    }

    // "enum_synonyms": {"lavere er bedre": ["lav er godt", …]} beside "enum": the phrasings
    // departments write for each allowed value. A phrasing may mean only one value.
    void enum_synonyms(Field& f, const json& c) const {
        auto claim = [&](const std::string& text, std::size_t index) {
            auto [it, fresh] = f.enum_keys.emplace(enum_key(text), index);
            if (!fresh && it->second != index)
                fail(text,
                     fmt::format("\"{}\" betyder både \"{}\" og \"{}\" i feltet \"{}\"", text,
                                 f.enum_values[it->second], f.enum_values[index], f.name),
                     fmt::format("\"{}\" means both \"{}\" and \"{}\" in field \"{}\"", text,
                                 f.enum_values[it->second], f.enum_values[index], f.name));
        };
        for (std::size_t i = 0; i < f.enum_values.size(); ++i) claim(f.enum_values[i], i);
        if (!c.contains("enum_synonyms")) return;
        if (!c["enum_synonyms"].is_object())
            fail(f.name, "\"enum_synonyms\" skal være et objekt", "\"enum_synonyms\" must be an object");
        for (const auto& [value, synonyms] : c["enum_synonyms"].items()) {
            auto at = std::find(f.enum_values.begin(), f.enum_values.end(), value);
            if (at == f.enum_values.end())
                fail(value,
                     fmt::format("\"enum_synonyms\" nævner \"{}\", som ikke er i \"enum\"", value),
                     fmt::format("\"enum_synonyms\" names \"{}\", which is not in \"enum\"", value));
            for (const auto& syn : strings(c["enum_synonyms"], value.c_str()))
                claim(syn, static_cast<std::size_t>(at - f.enum_values.begin()));
        }
    }

    std::size_t field_ref(const SheetSchema& s, const std::string& name) const {
        auto i = s.field_index(name);
        if (!i)
            fail(name, fmt::format("arket \"{}\" har intet felt \"{}\"", s.name, name),
                 fmt::format("sheet \"{}\" has no field \"{}\"", s.name, name));
        return *i;
    }

    SheetSchema sheet(const json& sj, const std::string& default_name) const {
        if (!sj.is_object())
            fail("sheets", "hvert ark skal være et JSON-objekt",
                 "each sheet must be a JSON object");
        SheetSchema s;
        s.name = str(sj, "name", default_name);
        s.title = str(sj, default_name == "metadata" ? "sheet" : "title", s.name);
        s.help = str(sj, "help");
        s.synonyms = strings(sj, "synonyms");
        if (!sj.contains("fields") || !sj["fields"].is_array())
            fail(s.name, fmt::format("arket \"{}\" mangler \"fields\"", s.name),
                 fmt::format("sheet \"{}\" lacks \"fields\"", s.name));
        std::set<std::string> names;
        for (const auto& fj : sj["fields"]) {
            auto f = field(fj);
            if (!names.insert(f.name).second)
                fail(f.name, fmt::format("feltet \"{}\" er defineret to gange", f.name),
                     fmt::format("field \"{}\" is defined twice", f.name));
            s.fields.push_back(std::move(f));
        }
        if (sj.contains("combined"))
            for (const auto& cj : sj["combined"]) {
                Combined c;
                c.header = str(cj, "header");
                for (const auto& n : strings(cj, "fields")) c.fields.push_back(field_ref(s, n));
                s.combined.push_back(std::move(c));
            }
        if (sj.contains("split"))
            for (const auto& pj : sj["split"])
                s.split.push_back({str(pj, "header"), field_ref(s, str(pj, "lead_field"))});
        if (sj.contains("computed"))
            for (const auto& cj : sj["computed"])
                s.computed.push_back({str(cj, "name"), str(cj, "title")});
        if (sj.contains("required_any"))
            for (const auto& rj : sj["required_any"]) {
                RequiredAny r;
                for (const auto& n : strings(rj, "fields")) r.fields.push_back(field_ref(s, n));
                r.title = str(rj, "title");
                r.help = str(rj, "help");
                s.required_any.push_back(std::move(r));
            }
        if (sj.contains("theme_from_title"))
            s.theme_from_title = field_ref(s, str(sj, "theme_from_title"));
        compile(s);
        return s;
    }

    // Builds the header and label lookups; two columns claiming the same header is an error,
    // since the tool could not tell them apart.
    void compile(SheetSchema& s) const {
        auto claim = [&](const std::string& text, HeaderMeaning m) {
            auto key = header_key(text);
            if (key.empty()) return;
            auto [it, fresh] = s.headers.emplace(key, m);
            bool same = it->second.kind == m.kind && it->second.index == m.index;
            if (!fresh && !same)
                fail(text,
                     fmt::format("overskriften \"{}\" bruges af to kolonner i arket \"{}\"", text,
                                 s.name),
                     fmt::format("header \"{}\" is claimed by two columns of sheet \"{}\"", text,
                                 s.name));
        };
        for (std::size_t i = 0; i < s.fields.size(); ++i) {
            claim(s.fields[i].title, {HeaderMeaning::Kind::field, i});
            claim(s.fields[i].name, {HeaderMeaning::Kind::field, i});
            for (const auto& syn : s.fields[i].synonyms)
                claim(syn, {HeaderMeaning::Kind::field, i});
            for (const auto& l : s.fields[i].labels) s.labels.emplace_back(header_key(l), i);
        }
        for (std::size_t i = 0; i < s.combined.size(); ++i)
            claim(s.combined[i].header, {HeaderMeaning::Kind::combined, i});
        for (std::size_t i = 0; i < s.split.size(); ++i)
            claim(s.split[i].header, {HeaderMeaning::Kind::split, i});
        for (std::size_t i = 0; i < s.computed.size(); ++i)
            claim(s.computed[i].title, {HeaderMeaning::Kind::computed, i});
        std::stable_sort(s.labels.begin(), s.labels.end(), [](const auto& a, const auto& b) {
            return a.first.size() > b.first.size();
        });
    }

    const std::string& text_;
    std::filesystem::path path_;
};

}  // namespace

std::optional<std::string> Field::canonical_enum(const std::string& text) const {
    auto it = enum_keys.find(enum_key(text));
    if (it == enum_keys.end()) return std::nullopt;
    return enum_values[it->second];
}

Schema parse_schema(const std::string& text, const std::filesystem::path& path) {
    return Loader(text, path).load();
}

Schema load_schema(const std::filesystem::path& path) {
    return parse_schema(xlsx::read_file_capped(path, 16u << 20), path);
}

}  // namespace opfolg::schema
