// SPDX-License-Identifier: MIT
#include "core/validate/feedback_workbook.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/util/utf8.h"
#include "core/validate/report_format.h"
#include "core/xlsx/house_style.h"
#include "core/xlsx/writer.h"

namespace opfolg::validate {

namespace {

using xlsx::CellRef;
namespace st = xlsx::style;

std::string unique_sheet_name(std::string base, std::set<std::string>& used) {
    for (char bad : std::string("[]:*?/\\")) std::replace(base.begin(), base.end(), bad, '-');
    // Excel's limit is 31 characters.
    auto cut = [](const std::string& s, std::size_t chars) {
        return std::string(utf8_head(s, chars));
    };
    if (base.empty()) base = "Fil";
    std::string name = cut(base, 31);
    for (int k = 2; used.count(name); ++k) name = cut(base, 27) + " (" + std::to_string(k) + ")";
    used.insert(name);
    return name;
}

// The schema's title of an issue's field ("Slut" for "end"), in `lang`; indicator names and
// anything else not a schema field are shown as they are.
std::string field_title(const schema::Schema& schema, const std::string& field, Lang lang) {
    if (field.empty()) return field;
    auto title = [&](const schema::Field& f) {
        return lang == Lang::en && !f.title_en.empty() ? f.title_en : f.title;
    };
    for (const auto& f : schema.metadata.fields)
        if (f.name == field) return title(f);
    for (const auto& sheet : schema.sheets)
        for (const auto& f : sheet.fields)
            if (f.name == field) return title(f);
    return field;
}

}  // namespace

void write_feedback_workbook(const Report& report, const schema::Schema& schema,
                             const std::filesystem::path& out, Lang lang,
                             xlsx::Existing existing) {
    bool da = lang == Lang::da;
    std::vector<std::filesystem::path> inputs;
    for (const auto& f : report.files) inputs.push_back(f.file);
    xlsx::WorkbookWriter w(out, inputs, xlsx::RowOrder::any, existing);
    auto title = w.format(st::title());
    auto header = w.format(st::header());
    auto body = w.format(st::body());
    auto plain = w.format(st::body(false));
    auto err = w.format(st::fill(st::bad_fill, st::bad_ink));
    auto warn = w.format(st::fill(st::neutral_fill, st::neutral_ink));
    auto group = w.format([] {
        auto f = st::label();
        f.fill = 0xDDEBF7;
        return f;
    }());
    xlsx::FormatSpec link_spec = st::body(false);
    link_spec.font_color = 0x0563C1;
    auto link = w.format(link_spec);  // links within this workbook only: they survive e-mail

    std::set<std::string> used{da ? "Oversigt" : "Summary"};
    auto& summary = w.add_sheet(da ? "Oversigt" : "Summary");
    summary.write_string(
        {0, 0}, da ? "Tilbagemelding på opfølgningsplaner" : "Feedback on follow-up plans", title);
    std::vector<std::string> heads =
        da ? std::vector<std::string>{"Fil",  "Afdeling",  "Status",
                                      "Fejl", "Advarsler", "Ark i denne projektmappe"}
           : std::vector<std::string>{"File",   "Department", "Status",
                                      "Errors", "Warnings",   "Sheet in this workbook"};
    for (std::uint32_t c = 0; c < heads.size(); ++c) summary.write_string({2, c}, heads[c], header);
    summary.set_widths({34, 24, 16, 10, 10, 26});
    summary.freeze(3);
    summary.print_setup(st::board_print(2, da ? "Tilbagemelding" : "Feedback", ""));

    std::uint32_t srow = 3;
    for (const auto& f : report.files) {
        std::string status =
            f.status == FileReport::Status::unreadable ? (da ? "Kan ikke læses" : "Unreadable")
            : f.status == FileReport::Status::invalid  ? (da ? "Har fejl" : "Has errors")
                                                       : (da ? "I orden" : "OK");
        summary.write_string({srow, 0}, path_utf8(f.file.filename()), body);
        summary.write_string({srow, 1}, department_of(f), body);
        summary.write_string({srow, 2}, status, f.status == FileReport::Status::ok ? plain : err);
        summary.write_number({srow, 3}, static_cast<double>(f.count(Severity::error)), plain);
        summary.write_number({srow, 4}, static_cast<double>(f.count(Severity::warning)), plain);

        std::string name = unique_sheet_name(
            department_of(f).empty() ? path_utf8(f.file.stem()) : department_of(f), used);
        summary.write_url({srow, 5}, "internal:'" + name + "'!A1", name, link);
        ++srow;

        auto& s = w.add_sheet(name);
        s.write_string({0, 0},
                       path_utf8(f.file.filename()) +
                           (department_of(f).empty() ? "" : " – " + department_of(f)),
                       title);
        if (f.error)
            s.write_string({2, 0},
                           (da ? "Kan ikke læses: " : "Cannot be read: ") + f.error->in(lang), err);
        // The department reads this: the schema's column titles, no internal codes, and cells
        // as plain "Ark!Celle" text, which stays true when the file is e-mailed on its own (a link
        // into the department's workbook would point at a path on the coordinator's disk).
        s.write_string({1, 0},
                       da ? fmt::format("Cellerne henviser til projektmappen \"{}\".",
                                        path_utf8(f.file.filename()))
                          : fmt::format("The cells refer to the workbook \"{}\".",
                                        path_utf8(f.file.filename())),
                       plain);
        std::vector<std::string> cols =
            da ? std::vector<std::string>{"Alvor", "Ark", "Celle", "Kolonne", "Problem", "Værdi"}
               : std::vector<std::string>{"Severity", "Sheet", "Cell", "Column", "Problem",
                                          "Value"};
        const std::uint32_t head_row = 3;
        for (std::uint32_t c = 0; c < cols.size(); ++c)
            s.write_string({head_row, c}, cols[c], header);
        std::uint32_t r = head_row + 1;
        std::string current_sheet = "\x01";
        for (const auto& i : f.issues) {
            if (i.sheet != current_sheet) {
                current_sheet = i.sheet;
                std::string label =
                    i.sheet.empty() ? (da ? "Projektmappen som helhed" : "The workbook as a whole")
                                    : (da ? "Ark: " : "Sheet: ") + i.sheet;
                s.merge({{r, 0}, {r, static_cast<std::uint32_t>(cols.size() - 1)}}, label, group);
                ++r;
            }
            bool is_error = i.severity == Severity::error;
            s.write_string({r, 0},
                           is_error ? (da ? "Fejl" : "Error") : (da ? "Advarsel" : "Warning"),
                           is_error ? err : warn);
            s.write_string({r, 1}, i.sheet, body);
            s.write_string({r, 2}, i.cell, body);
            s.write_string({r, 3}, field_title(schema, i.field, lang), body);
            s.write_string({r, 4}, i.message.in(lang), body);
            s.write_string({r, 5}, i.value, body);
            ++r;
        }
        if (f.issues.empty() && !f.error)
            s.write_string({r, 0}, da ? "Ingen bemærkninger – tak!" : "No remarks – thank you!",
                           body);
        s.set_widths({10, 16, 8, 18, 70, 30});
        s.freeze(head_row + 1);
        s.print_setup(st::board_print(head_row, department_of(f), path_utf8(f.file.filename())));
    }
    w.set_properties({da ? "Tilbagemelding på opfølgningsplaner" : "Feedback on follow-up plans",
                      "", "Opfølg", "", "", "", ""});
    w.save();
}

std::vector<std::filesystem::path> write_feedback_workbooks(const Report& report,
                                                            const schema::Schema& schema,
                                                            const std::filesystem::path& folder,
                                                            Lang lang, xlsx::Existing existing) {
    // One file per department workbook, each named for whom it goes to. Names are checked all
    // first, so that a refused one leaves no half-written set behind.
    std::vector<std::pair<std::filesystem::path, const FileReport*>> planned;
    std::set<std::string> used;
    for (const auto& f : report.files) {
        std::string who = department_of(f).empty() ? path_utf8(f.file.stem()) : department_of(f);
        for (char bad : std::string("<>:\"/\\|?*")) std::replace(who.begin(), who.end(), bad, '-');
        std::string name = (lang == Lang::da ? "Tilbagemelding " : "Feedback ") + who;
        for (int k = 2; used.count(fold_case(name)); ++k)
            name = (lang == Lang::da ? "Tilbagemelding " : "Feedback ") + who + " (" +
                   std::to_string(k) + ")";
        used.insert(fold_case(name));
        auto out = folder / path_from_utf8(name + ".xlsx");
        xlsx::check_writable(out, existing);
        planned.emplace_back(out, &f);
    }
    std::vector<std::filesystem::path> written;
    for (const auto& [out, f] : planned) {
        Report one;
        one.files.push_back(*f);
        write_feedback_workbook(one, schema, out, lang, existing);
        written.push_back(out);
    }
    return written;
}

}  // namespace opfolg::validate
