// SPDX-License-Identifier: MIT
#include "core/import/word_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "core/docx/reader.h"
#include "core/docx/workbook_view.h"
#include "core/parse/danish_number.h"
#include "core/plan/reader.h"
#include "core/plan/timetable.h"
#include "core/util/date.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/workbook_template/indicator_rows.h"
#include "core/workbook_template/template_writer.h"

namespace opfolg::importer {

Text origin_text(const Origin& o) {
    return {fmt::format("tabel {}, række {}", o.table, o.row),
            fmt::format("table {}, row {}", o.table, o.row)};
}

const char* use_name(TableReport::Use u) {
    switch (u) {
        case TableReport::Use::plan:
            return "plan";
        case TableReport::Use::indicators:
            return "indicators";
        case TableReport::Use::metadata:
            return "metadata";
        case TableReport::Use::inlined:
            return "inlined";
        case TableReport::Use::not_mapped:
            return "not-mapped";
    }
    return "not-mapped";
}

int Result::exit_code() const {
    int code = 0;
    for (const auto& f : files)
        if (!f.written) code = std::max(code, f.error_code == "no-plan-table" ? 1 : 2);
    return code;
}

std::optional<Text> nothing_to_import(const Import& im) {
    if (!im.rows.empty() || im.indicator_values > 0) return std::nullopt;
    const std::string file = path_utf8(im.input);
    return Text{file +
                    ": intet at importere: ingen tabel med opfølgningsplanens eller "
                    "indikatorernes kolonner; intet skrevet",
                file +
                    ": nothing to import: no table with the columns of the follow-up plan or "
                    "the indicators; nothing written"};
}

namespace {

// Column headers the written workbook adds after the template's own (the reader keeps their
// text as remarks, so the board workbook shows them too).
const char* const source_header = "Kilde (Word)";
const char* const remarks_header = "Bemærkninger (Word)";

struct Mapping {
    xlsx::Workbook wb;
    plan::DepartmentWorkbook mapped;
    std::vector<indicators::Series> series;
    docx::View view;
};

// Sheets (tables) something was taken from: plan and indicator tables, wide indicator tables,
// metadata.
std::set<std::string> claimed_sheets(const Mapping& m) {
    std::set<std::string> out;
    for (const auto& t : m.mapped.tables) out.insert(t.sheet);
    for (const auto& s : m.series)
        for (const auto& p : s.points)
            if (p.value) out.insert(p.value->source.sheet.str());
    for (const auto* f :
         {&m.mapped.meta.institution, &m.mapped.meta.department, &m.mapped.meta.plan_year})
        if (f->source.known) out.insert(f->source.sheet.str());
    return out;
}

void map_once(const docx::Document& doc, const schema::Schema& schema,
              const indicators::Catalogue& catalogue, const Options& options, Mapping& m) {
    m.wb = docx::as_workbook(doc, m.view);
    m.mapped = plan::map_workbook(m.wb, schema);
    if (!options.department.empty()) {
        m.mapped.meta.department = plan::FieldValue{options.department, {}, {}};
        m.mapped.department_source = "option";
    }
    // Validation of the written workbook reports indicator problems; here they only decide what
    // was read.
    std::vector<Issue> ignored;
    m.series = indicators::read_series(m.wb, m.mapped, catalogue, schema, ignored);
}

// The header rows and title of the plan table a table continues, when it does: it maps to
// nothing by itself, stands right under a plan table of the same width with nothing but empty
// paragraphs between, and has no title of its own.
std::optional<docx::View::Continuation> continuation_of(const docx::Table& t,
                                                        const docx::Document& doc,
                                                        const Mapping& m) {
    if (!t.follows || t.follows > doc.tables.size() || !t.title.empty()) return std::nullopt;
    if (doc.tables[t.follows - 1].columns != t.columns) return std::nullopt;
    const std::string above = docx::table_sheet_name(t.follows);
    const plan::Table* plan_table = nullptr;
    for (const auto& mt : m.mapped.tables)
        if (mt.sheet == above && mt.schema->name == "plan") plan_table = &mt;
    const xlsx::Sheet* sheet = m.wb.sheet(above);
    if (!plan_table || !sheet) return std::nullopt;
    docx::View::Continuation c;
    c.title = plan_table->title;
    for (std::uint32_t r = 0; r < plan_table->header_rows; ++r) {
        std::vector<std::string> row(t.columns);
        for (const auto& cell : sheet->cells)
            if (cell.ref.row == plan_table->header_row + r && cell.ref.col < t.columns)
                row[cell.ref.col] = xlsx::to_text(cell.value);
        c.header.push_back(std::move(row));
    }
    return c;
}

// The document's tables mapped. A table Word split off the plan table above it is read under
// that table's header (round by round: a continuation may be continued in turn); a nested
// table that maps to nothing is then read as text of the cell holding it (a layout table around
// the real plan is common in Word).
Mapping map_document(const docx::Document& doc, const schema::Schema& schema,
                     const indicators::Catalogue& catalogue, const Options& options) {
    Mapping m;
    map_once(doc, schema, catalogue, options, m);
    for (std::size_t round = 0; round < doc.tables.size(); ++round) {
        auto claimed = claimed_sheets(m);
        bool more = false;
        for (const auto& t : doc.tables) {
            if (claimed.count(docx::table_sheet_name(t.number)) || m.view.continued.count(t.number))
                continue;
            if (auto c = continuation_of(t, doc, m)) {
                m.view.continued[t.number] = std::move(*c);
                more = true;
            }
        }
        if (!more) break;
        map_once(doc, schema, catalogue, options, m);
    }
    auto claimed = claimed_sheets(m);
    std::set<std::size_t> unclaimed;
    for (const auto& t : doc.tables)
        if (t.parent && !claimed.count(docx::table_sheet_name(t.number)))
            unclaimed.insert(t.number);
    if (!unclaimed.empty()) {
        m.view.inline_nested = std::move(unclaimed);
        map_once(doc, schema, catalogue, options, m);
    }
    return m;
}

std::string preview(const docx::Table& t) {
    for (const auto& row : t.rows)
        for (const auto& cell : row)
            if (!trim(cell).empty()) {
                std::string s = squeeze_spaces(cell);
                if (s.size() <= 80) return s;
                std::size_t cut = 77;
                while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
                return s.substr(0, cut) + "...";
            }
    return "";
}

plan::Layout layout_of(const plan::Table& t) {
    if (t.header_rows == 2) return plan::Layout::format_a;
    bool split = std::any_of(t.columns.begin(), t.columns.end(), [](const plan::Column& c) {
        return c.role == plan::Column::Role::split;
    });
    return split ? plan::Layout::format_b : plan::Layout::template_layout;
}

std::vector<TableReport> table_reports(const docx::Document& doc, const Mapping& m) {
    std::vector<TableReport> out;
    for (const auto& dt : doc.tables) {
        TableReport r;
        r.number = dt.number;
        r.parent = dt.parent;
        r.title = dt.title;
        r.rows = static_cast<std::uint32_t>(dt.rows.size());
        r.columns = dt.columns;
        const std::string sheet = docx::table_sheet_name(dt.number);
        if (m.view.inline_nested.count(dt.number)) {
            r.use = TableReport::Use::inlined;
            out.push_back(std::move(r));
            continue;
        }
        std::set<std::uint32_t> consumed;
        bool mapped = false;
        for (const auto& t : m.mapped.tables) {
            if (t.sheet != sheet) continue;
            if (!mapped) {
                r.use = t.schema->name == "plan" ? TableReport::Use::plan
                                                 : TableReport::Use::indicators;
                r.layout = layout_of(t);
            }
            mapped = true;
            if (t.schema->name == "plan") r.imported += t.rows.size();
            for (std::uint32_t h = 0; h < t.header_rows; ++h) consumed.insert(t.header_row + h);
            for (const auto& row : t.rows) consumed.insert(row.row);
            if (t.title_source.known) consumed.insert(t.title_source.cell.row);
            for (const auto& c : t.columns)
                if (c.role == plan::Column::Role::unknown &&
                    std::find(r.unknown_columns.begin(), r.unknown_columns.end(), c.header) ==
                        r.unknown_columns.end())
                    r.unknown_columns.push_back(c.header);
        }
        std::size_t values = 0;
        for (const auto& s : m.series)
            for (const auto& p : s.points)
                if (p.value && p.value->source.sheet == sheet) ++values;
        if (values) {
            if (!mapped) r.use = TableReport::Use::indicators;
            if (r.use == TableReport::Use::indicators) r.imported = values;
        } else if (!mapped) {
            bool metadata = false;
            for (const auto* f :
                 {&m.mapped.meta.institution, &m.mapped.meta.department, &m.mapped.meta.plan_year})
                metadata = metadata || (f->source.known && f->source.sheet == sheet);
            r.use = metadata ? TableReport::Use::metadata : TableReport::Use::not_mapped;
            if (!metadata) r.preview = preview(dt);
        }
        // Rows of a plan table that hold text but went nowhere: above the header, or lines the
        // header search skipped. (Sheet row 0 is the title line; see View::table_row.)
        if (r.use == TableReport::Use::plan) {
            for (const auto* f :
                 {&m.mapped.meta.institution, &m.mapped.meta.department, &m.mapped.meta.plan_year})
                if (f->source.known && f->source.sheet == sheet)
                    consumed.insert(f->source.cell.row);  // "Afdeling | Byg" above the header
            const xlsx::Sheet* s = m.wb.sheet(sheet);
            std::set<std::uint32_t> with_text;
            for (const auto& c : s->cells)
                if (c.ref.row > 0 && !trim(xlsx::to_text(c.value)).empty())
                    with_text.insert(c.ref.row);
            for (auto row : with_text)
                if (!consumed.count(row))
                    if (auto own = m.view.table_row(dt.number, row)) r.skipped_rows.push_back(own);
            if (m.view.continued.count(dt.number)) r.continues = dt.follows;
        }
        out.push_back(std::move(r));
    }
    return out;
}

// A date cell only for text that is a plain date ("01-08-2025", "2025-08-01"): "Juni 2025" in a
// Start column stays the text it is.
bool plain_date(const std::string& text) {
    static const std::regex re(R"(^\s*(\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})\s*$)");
    return std::regex_match(text, re);
}

xlsx::CellValue cell_value(const plan::FieldValue& v, const schema::Field& f) {
    if (v.empty()) return {};
    switch (f.type) {
        case schema::FieldType::date:
            if (plain_date(v.text))
                if (auto d = plan::date_of(v, f.name == "end"))
                    return xlsx::DateTime{serial_from_date(*d), xlsx::DateTime::Kind::date};
            break;
        case schema::FieldType::number:
        case schema::FieldType::integer:
        case schema::FieldType::year:
            // Typed numbers, so that the template's formulas compute with them.
            if (const double* d = std::get_if<double>(&v.value)) return *d;
            if (auto n = parse::parse_danish_number(v.text)) return n->value;
            break;
        default:
            break;
    }
    return v.text;
}

std::string source_text(const Import& im, const Origin& o) {
    return path_utf8(im.input.filename()) + ": " + origin_text(o).da;
}

tmpl::SheetRows indicator_rows(const Import& im, const schema::SheetSchema& sh) {
    tmpl::SheetRows out;
    out.extra_headers = {source_header};
    for (const auto& s : im.series)
        for (const auto& p : s.points) {
            if (!p.value) continue;
            auto row = tmpl::indicator_row(sh, s, p.year, &p);
            std::size_t table = docx::table_of_sheet(p.value->source.sheet).value_or(0);
            Origin o{table, im.view.table_row(table, p.value->source.cell.row)};
            row.extras = {source_text(im, o)};
            out.rows.push_back(std::move(row));
        }
    return out;
}

}  // namespace

Import read_plan_document(const std::filesystem::path& file, const schema::Schema& schema,
                          const indicators::Catalogue& catalogue, const Options& options,
                          const xlsx::ReadLimits& limits) {
    return map_plan_document(docx::read_document(file, limits), schema, catalogue, options);
}

Import map_plan_document(docx::Document document, const schema::Schema& schema,
                         const indicators::Catalogue& catalogue, const Options& options) {
    Import im;
    im.input = document.path;
    im.document = std::move(document);
    Mapping m = map_document(im.document, schema, catalogue, options);
    im.tables = table_reports(im.document, m);

    // A table without a title above it and without a theme column got its sheet's name
    // ("Tabel 1") as theme: no theme at all is the truth; the department names it.
    for (auto& t : m.mapped.tables) {
        auto theme = t.schema->field_index("theme");
        if (t.schema->name != "plan" || !theme) continue;
        bool cleared = false;
        for (auto& row : t.rows) {
            auto& v = row.fields[*theme];
            if (!v.source.known && v.text == t.sheet) {
                v = plan::FieldValue{};
                cleared = true;
            }
        }
        auto n = docx::table_of_sheet(t.sheet);
        if (cleared && n &&
            std::find(im.tables_without_theme.begin(), im.tables_without_theme.end(), *n) ==
                im.tables_without_theme.end())
            im.tables_without_theme.push_back(*n);
    }

    // Required fields the document leaves empty, and in how many of its actions: the department
    // fills them in (a Format A plan has no Status, a Format B plan often no finding).
    if (const auto* ps = schema.sheet("plan")) {
        std::vector<std::size_t> empty(ps->fields.size(), 0), empty_any(ps->required_any.size(), 0);
        for (const auto& t : m.mapped.tables) {
            if (t.schema != ps) continue;
            for (const auto& row : t.rows) {
                for (std::size_t f = 0; f < ps->fields.size(); ++f)
                    if (ps->fields[f].required && row.fields[f].empty()) ++empty[f];
                for (std::size_t g = 0; g < ps->required_any.size(); ++g) {
                    const auto& group = ps->required_any[g].fields;
                    if (std::all_of(group.begin(), group.end(),
                                    [&](std::size_t f) { return row.fields[f].empty(); }))
                        ++empty_any[g];
                }
            }
        }
        for (std::size_t f = 0; f < ps->fields.size(); ++f)
            if (empty[f]) im.missing_fields.push_back({ps->fields[f].title, empty[f]});
        for (std::size_t g = 0; g < ps->required_any.size(); ++g)
            if (empty_any[g])
                im.missing_fields.push_back({ps->required_any[g].title, empty_any[g]});
    }

    im.department = m.mapped.meta.department.text;
    im.department_source = m.mapped.department_source;
    im.institution =
        !options.institution.empty() ? options.institution : m.mapped.meta.institution.text;
    if (options.year) {
        im.year = options.year;
        im.year_source = "option";
    } else if (m.mapped.meta.year && *m.mapped.meta.year >= 2000 && *m.mapped.meta.year <= 2100) {
        im.year = m.mapped.meta.year;
        im.year_source = "document";
    }

    std::uint32_t workbook_row = 2;  // row 1 holds the headers
    for (std::size_t ti = 0; ti < m.mapped.tables.size(); ++ti) {
        const auto& t = m.mapped.tables[ti];
        if (t.schema->name != "plan") continue;
        std::size_t number = docx::table_of_sheet(t.sheet).value_or(0);
        for (std::size_t ri = 0; ri < t.rows.size(); ++ri)
            im.rows.push_back(
                {ti, ri, {number, m.view.table_row(number, t.rows[ri].row)}, workbook_row++});
    }
    for (const auto& s : m.series)
        for (const auto& p : s.points)
            if (p.value) ++im.indicator_values;
    im.workbook = std::move(m.mapped);
    im.series = std::move(m.series);
    im.view = std::move(m.view);
    return im;
}

void write_department_workbook(Import& im, const schema::Schema& schema,
                               const std::filesystem::path& out, bool force) {
    tmpl::TemplateOptions o;
    o.existing = force ? xlsx::Existing::replace : xlsx::Existing::refuse;
    o.department = im.department;
    o.institution = im.institution;
    o.year = im.year.value_or(0);
    if (const auto* ps = schema.sheet("plan")) {
        tmpl::SheetRows rows;
        rows.extra_headers = {source_header};
        bool remarks = false;
        for (const auto& ir : im.rows)
            remarks = remarks || !im.workbook.tables[ir.table].rows[ir.index].extras.empty();
        if (remarks) rows.extra_headers.push_back(remarks_header);
        for (const auto& ir : im.rows) {
            const auto& t = im.workbook.tables[ir.table];
            const auto& row = t.rows[ir.index];
            tmpl::SheetRows::Row out_row;
            out_row.fields.resize(ps->fields.size());
            // The mapped table's schema is the plan sheet's; its field order is the template's.
            for (std::size_t f = 0; f < ps->fields.size() && f < row.fields.size(); ++f)
                out_row.fields[f] = cell_value(row.fields[f], ps->fields[f]);
            out_row.extras.push_back(source_text(im, ir.origin));
            if (remarks) {
                std::string text;
                for (const auto& [header, v] : row.extras)
                    text += (text.empty() ? "" : "\n") + header + ": " + v.text;
                out_row.extras.push_back(std::move(text));
            }
            rows.rows.push_back(std::move(out_row));
        }
        o.rows[ps->name] = std::move(rows);
    }
    if (const auto* is = schema.sheet("indicators"); is && !im.series.empty())
        o.rows[is->name] = indicator_rows(im, *is);
    tmpl::write_template(schema, o, out);
}

std::vector<std::filesystem::path> output_paths(const std::vector<std::filesystem::path>& inputs,
                                                const std::filesystem::path& output) {
    std::vector<std::filesystem::path> out;
    const bool file = fold_case(path_utf8(output.extension())) == ".xlsx";
    if (file && inputs.size() > 1)
        throw Error(ErrorCode::io, output,
                    {"flere dokumenter skal skrives til en mappe, ikke til én projektmappe",
                     "several documents need a folder to be written to, not one workbook"});
    for (const auto& in : inputs) {
        std::filesystem::path name = in.stem();
        name += ".xlsx";
        out.push_back(file ? output : output / name);
    }
    return out;
}

std::vector<std::filesystem::path> collect_documents(
    const std::vector<std::filesystem::path>& paths) {
    std::vector<std::filesystem::path> out;
    for (const auto& p : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(p, ec)) {
            out.push_back(p);  // a missing file is reported when it is read
            continue;
        }
        std::vector<std::filesystem::path> found;
        for (const auto& e : std::filesystem::directory_iterator(p, ec)) {
            std::string name = path_utf8(e.path().filename());
            // Word keeps "~$name.docx" beside a document while it is open.
            if (e.is_regular_file(ec) && fold_case(path_utf8(e.path().extension())) == ".docx" &&
                name.rfind("~$", 0) != 0 && name[0] != '.')
                found.push_back(e.path());
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

Result import_documents(const std::vector<std::filesystem::path>& documents,
                        const std::filesystem::path& output, const schema::Schema& schema,
                        const indicators::Catalogue& catalogue, const Options& options) {
    Result result;
    auto outputs = output_paths(documents, output);
    std::set<std::string> targets;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        FileResult fr;
        fr.input = documents[i];
        fr.output = outputs[i];
        try {
            std::error_code ec;
            auto target = std::filesystem::weakly_canonical(fr.output, ec);
            if (!targets.insert(fold_case(path_utf8(ec ? fr.output : target))).second)
                throw Error(ErrorCode::output_exists, fr.output,
                            {"et andet af dokumenterne skrives allerede hertil (samme navn)",
                             "another of the documents is written here already (same name)"});
            fr.import = read_plan_document(fr.input, schema, catalogue, options);
            if (auto why = nothing_to_import(*fr.import)) {
                // An empty workbook would look like an import that worked.
                fr.error = std::move(why);
                fr.error_code = "no-plan-table";
                result.files.push_back(std::move(fr));
                continue;
            }
            if (fr.output.has_parent_path())
                std::filesystem::create_directories(fr.output.parent_path(), ec);
            write_department_workbook(*fr.import, schema, fr.output, options.force);
            fr.written = true;
        } catch (const Error& e) {
            fr.error = Text{e.describe(Lang::da), e.describe(Lang::en)};
            fr.error_code = error_code_name(e.code());
        }
        result.files.push_back(std::move(fr));
    }
    return result;
}

}  // namespace opfolg::importer
