// SPDX-License-Identifier: MIT
#include "core/validate/feedback_workbook.h"

#include <fmt/format.h>

#include <set>

#include "core/util/error.h"
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

// A link Excel follows into the department's workbook, relative to the feedback file so that the
// pair can be moved together.
std::string link_to(const std::filesystem::path& feedback, const std::filesystem::path& target,
                    const Issue& i) {
    std::error_code ec;
    auto rel = std::filesystem::relative(std::filesystem::absolute(target, ec),
                                         std::filesystem::absolute(feedback, ec).parent_path(), ec);
    std::string file = path_utf8(ec || rel.empty() ? target : rel);
    std::string sheet = i.sheet;
    for (std::size_t at = sheet.find('\''); at != std::string::npos; at = sheet.find('\'', at + 2))
        sheet.insert(at, "'");
    return "external:" + file + "#'" + sheet + "'!" + i.cell;
}

}  // namespace

void write_feedback_workbook(const Report& report, const std::filesystem::path& out, Lang lang,
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
    auto link = w.format(link_spec);

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
            s.write_string({1, 0},
                           (da ? "Kan ikke læses: " : "Cannot be read: ") + f.error->in(lang), err);
        std::vector<std::string> cols =
            da ? std::vector<std::string>{"Alvor",   "Ark",   "Celle", "Felt",
                                          "Problem", "Værdi", "Kode"}
               : std::vector<std::string>{"Severity", "Sheet", "Cell", "Field",
                                          "Problem",  "Value", "Code"};
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
            if (!i.cell.empty() && !i.sheet.empty())
                s.write_url({r, 2}, link_to(out, f.file, i), i.cell, link,
                            da ? "Åbn cellen i afdelingens projektmappe"
                               : "Open the cell in the department's workbook");
            else
                s.write_string({r, 2}, i.cell, body);
            s.write_string({r, 3}, i.field, body);
            s.write_string({r, 4}, i.message.in(lang), body);
            s.write_string({r, 5}, i.value, body);
            s.write_string({r, 6}, i.code, body);
            ++r;
        }
        if (f.issues.empty() && !f.error)
            s.write_string({r, 0}, da ? "Ingen bemærkninger – tak!" : "No remarks – thank you!",
                           body);
        s.set_widths({10, 16, 8, 14, 70, 30, 20});
        s.freeze(head_row + 1);
        s.print_setup(st::board_print(head_row, department_of(f), path_utf8(f.file.filename())));
    }
    w.set_properties({da ? "Tilbagemelding på opfølgningsplaner" : "Feedback on follow-up plans",
                      "", "Opfølg", "", "", "", ""});
    w.save();
}

}  // namespace opfolg::validate
