// SPDX-License-Identifier: MIT
#include "core/xlsx/reader.h"

#include "core/util/error.h"
#include "core/util/utf8.h"
#include "core/xlsx/parts.h"
#include "core/xlsx/relationships.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg::xlsx {

namespace {

const Relationship* find_rel(const std::vector<Relationship>& rels, const std::string& kind) {
    for (const auto& r : rels)
        if (!r.external && r.is(kind)) return &r;
    return nullptr;
}

void read_properties(ZipArchive& zip, const ReadLimits& limits, Workbook& wb) {
    auto rels = read_relationships(zip, "", limits);
    auto text_of = [](pugi::xml_node root, const char* name) {
        return std::string(xml::child(root, name).text().get());
    };
    std::string core_part = "docProps/core.xml", app_part = "docProps/app.xml";
    if (auto r = find_rel(rels, "core-properties")) core_part = r->target;
    if (auto r = find_rel(rels, "extended-properties")) app_part = r->target;
    if (auto text = zip.read_optional(core_part)) {
        auto doc = xml::parse(std::move(*text), zip.path(), core_part, limits);
        wb.title = text_of(doc->root(), "title");
        wb.subject = text_of(doc->root(), "subject");
        wb.creator = text_of(doc->root(), "creator");
        wb.keywords = text_of(doc->root(), "keywords");
        wb.description = text_of(doc->root(), "description");
    }
    if (auto text = zip.read_optional(app_part)) {
        auto doc = xml::parse(std::move(*text), zip.path(), app_part, limits);
        wb.company = text_of(doc->root(), "Company");
        wb.application = text_of(doc->root(), "Application");
    }
    // Custom properties (ECMA-376 Part 1, §22.3): <Properties> holds <property name="…"> elements,
    // each with one typed value child from the docPropsVTypes namespace (vt:lpwstr, vt:i4,
    // vt:bool, vt:filetime …); its text is the value. Only a package relationship leads to the
    // part, so a workbook without one has none.
    if (auto r = find_rel(rels, "custom-properties"))
        if (auto text = zip.read_optional(r->target)) {
            auto doc = xml::parse(std::move(*text), zip.path(), r->target, limits);
            xml::for_each(doc->root(), "property", [&](pugi::xml_node p) {
                pugi::xml_node value = p.first_child();
                while (value && value.type() != pugi::node_element) value = value.next_sibling();
                wb.custom_properties.emplace_back(xml::attr(p, "name").value(),
                                                  value ? value.text().get() : "");
            });
        }
}

// The one place that decides what happens to text that is not UTF-8: it is replaced with U+FFFD
// and the place is recorded, so a workbook with one mis-encoded cell is still read (as Excel
// offers to repair it) while validation says which cell lost characters. pugixml passes bytes
// through as they are and encodes character references to surrogates, so both kinds of bad text
// arrive here.
void repair_text(Workbook& wb) {
    auto fix = [&](std::string& text, const std::string& sheet, const std::string& where) {
        if (make_valid_utf8(text)) wb.repaired_text.push_back({sheet, where});
    };
    for (auto& s : wb.sheets) {
        fix(s.name, "", "arknavn / sheet name");
        for (auto& c : s.cells) {
            if (auto* text = std::get_if<std::string>(&c.value)) fix(*text, s.name, to_a1(c.ref));
            if (auto* e = std::get_if<ErrorValue>(&c.value)) fix(e->code, s.name, to_a1(c.ref));
            fix(c.formula, s.name, to_a1(c.ref));
        }
    }
    for (auto& f : wb.number_formats) fix(f, "", "xl/styles.xml");
    for (auto& [name, formula] : wb.defined_names) {
        fix(name, "", "xl/workbook.xml");
        fix(formula, "", "xl/workbook.xml");
    }
    for (auto& [name, value] : wb.custom_properties) {
        fix(name, "", "docProps/custom.xml");
        fix(value, "", "docProps/custom.xml");
    }
    for (auto* p : {&wb.title, &wb.subject, &wb.creator, &wb.keywords, &wb.description, &wb.company,
                    &wb.application})
        fix(*p, "", "docProps");
}

Workbook read(ZipArchive& zip, const std::filesystem::path& path, const ReadLimits& limits) {
    Workbook wb;
    wb.path = path;

    auto package_rels = read_relationships(zip, "", limits);
    std::string workbook_part = "xl/workbook.xml";
    if (auto r = find_rel(package_rels, "officeDocument")) workbook_part = r->target;
    if (!zip.contains(workbook_part))
        throw Error(ErrorCode::missing_part, path,
                    {"projektmappen mangler sin workbook-del; er det en Excel-fil?",
                     "the workbook part is missing; is this an Excel file?"},
                    workbook_part);
    auto book = xml::parse(zip.read(workbook_part), path, workbook_part, limits);
    auto rels = read_relationships(zip, workbook_part, limits);

    if (auto pr = xml::child(book->root(), "workbookPr")) {
        std::string_view d = xml::attr(pr, "date1904").value();
        wb.date1904 = d == "1" || d == "true";
    }

    std::vector<std::string> shared;
    if (auto r = find_rel(rels, "sharedStrings"); r && zip.contains(r->target)) {
        auto doc = xml::parse(zip.read(r->target), path, r->target, limits);
        shared = detail::read_shared_strings(doc->root());
    }
    std::vector<detail::CellStyle> styles;
    if (auto r = find_rel(rels, "styles"); r && zip.contains(r->target)) {
        auto doc = xml::parse(zip.read(r->target), path, r->target, limits);
        styles = detail::read_styles(doc->root(), wb.number_formats);
    }

    if (auto names = xml::child(book->root(), "definedNames"))
        xml::for_each(names, "definedName", [&](pugi::xml_node n) {
            if (xml::attr(n, "localSheetId")) return;
            wb.defined_names.emplace_back(xml::attr(n, "name").value(), n.text().get());
        });

    std::uint64_t cells = 0;
    detail::SheetContext ctx{&wb.path, &shared, &styles, wb.date1904, limits.max_cells, &cells};
    auto sheets = xml::child(book->root(), "sheets");
    xml::for_each(sheets, "sheet", [&](pugi::xml_node s) {
        Sheet sheet;
        sheet.name = xml::attr(s, "name").value();
        std::string_view state = xml::attr(s, "state").value();
        sheet.state = state == "hidden"       ? SheetState::hidden
                      : state == "veryHidden" ? SheetState::very_hidden
                                              : SheetState::visible;
        std::string id = xml::rel_id(s).value();
        const Relationship* target = nullptr;
        for (const auto& r : rels)
            if (r.id == id) target = &r;
        if (!target || target->external || !zip.contains(target->target))
            throw Error(ErrorCode::missing_part, path,
                        {"arket \"" + sheet.name + "\" mangler i pakken",
                         "sheet \"" + sheet.name + "\" is missing from the package"},
                        target ? target->target : sheet.name);
        // Chart sheets and dialog sheets have no cells; list them, empty.
        if (target->is("worksheet")) {
            auto doc = xml::parse(zip.read(target->target), path, target->target, limits);
            detail::read_sheet(doc->root(), ctx, sheet);
        }
        wb.sheets.push_back(std::move(sheet));
    });
    read_properties(zip, limits, wb);
    repair_text(wb);
    return wb;
}

}  // namespace

Workbook read_workbook(const std::filesystem::path& path, const ReadLimits& limits) {
    ZipArchive zip(path, limits);
    return read(zip, path, limits);
}

Workbook read_workbook_bytes(std::string bytes, const std::filesystem::path& path,
                             const ReadLimits& limits) {
    ZipArchive zip(std::move(bytes), path, limits);
    return read(zip, path, limits);
}

}  // namespace opfolg::xlsx
