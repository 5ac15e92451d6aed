// SPDX-License-Identifier: MIT
#include "core/docx/reader.h"

#include "core/docx/parts.h"
#include "core/util/error.h"
#include "core/xlsx/relationships.h"
#include "core/xlsx/xml.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg::docx {

namespace xml = xlsx::xml;

namespace {

const xlsx::Relationship* find_rel(const std::vector<xlsx::Relationship>& rels,
                                   const std::string& kind) {
    for (const auto& r : rels)
        if (!r.external && r.is(kind)) return &r;
    return nullptr;
}

// Another Office package under a .docx name: say what it is (ECMA-376 Part 2 relationships).
[[noreturn]] void refuse_other_package(const std::string& main_part,
                                       const std::filesystem::path& path) {
    if (main_part.rfind("xl/", 0) == 0)
        throw Error(ErrorCode::not_a_document, path,
                    {"filen er en Excel-projektmappe (.xlsx), ikke et Word-dokument; læs den "
                     "som projektmappe",
                     "the file is an Excel workbook (.xlsx), not a Word document; read it as a "
                     "workbook"},
                    main_part);
    if (main_part.rfind("ppt/", 0) == 0)
        throw Error(ErrorCode::not_a_document, path,
                    {"filen er en PowerPoint-præsentation (.pptx), ikke et Word-dokument",
                     "the file is a PowerPoint presentation (.pptx), not a Word document"},
                    main_part);
    throw Error(ErrorCode::missing_part, path,
                {"dokumentet mangler sin hoveddel; er det et Word-dokument?",
                 "the main document part is missing; is this a Word document?"},
                main_part);
}

void read_properties(xlsx::ZipArchive& zip, const std::vector<xlsx::Relationship>& rels,
                     const xlsx::ReadLimits& limits, Document& doc) {
    auto text_of = [](pugi::xml_node root, const char* name) {
        std::string text = xml::child(root, name).text().get();
        detail::repair_utf8(text);
        return text;
    };
    std::string core_part = "docProps/core.xml", app_part = "docProps/app.xml";
    if (auto r = find_rel(rels, "core-properties")) core_part = r->target;
    if (auto r = find_rel(rels, "extended-properties")) app_part = r->target;
    if (auto text = zip.read_optional(core_part)) {
        auto part = xml::parse(std::move(*text), zip.path(), core_part, limits);
        doc.title = text_of(part->root(), "title");
        doc.subject = text_of(part->root(), "subject");
        doc.creator = text_of(part->root(), "creator");
        doc.keywords = text_of(part->root(), "keywords");
        doc.description = text_of(part->root(), "description");
    }
    if (auto text = zip.read_optional(app_part)) {
        auto part = xml::parse(std::move(*text), zip.path(), app_part, limits);
        doc.company = text_of(part->root(), "Company");
    }
}

Document read(xlsx::ZipArchive& zip, const std::filesystem::path& path,
              const xlsx::ReadLimits& limits) {
    Document doc;
    doc.path = path;
    auto package_rels = xlsx::read_relationships(zip, "", limits);
    std::string main_part = "word/document.xml";
    if (auto r = find_rel(package_rels, "officeDocument")) main_part = r->target;
    if (!zip.contains(main_part)) {
        if (zip.contains("xl/workbook.xml")) refuse_other_package("xl/workbook.xml", path);
        if (zip.contains("ppt/presentation.xml"))
            refuse_other_package("ppt/presentation.xml", path);
        refuse_other_package(main_part, path);
    }
    auto main = xml::parse(zip.read(main_part), path, main_part, limits);
    if (xml::local_name(main->root()) != "document") refuse_other_package(main_part, path);

    auto rels = xlsx::read_relationships(zip, main_part, limits);
    detail::Styles styles;
    if (auto r = find_rel(rels, "styles"); r && zip.contains(r->target)) {
        auto part = xml::parse(zip.read(r->target), path, r->target, limits);
        styles = detail::Styles(part->root());
    }
    detail::Numbering numbering;
    if (auto r = find_rel(rels, "numbering"); r && zip.contains(r->target)) {
        auto part = xml::parse(zip.read(r->target), path, r->target, limits);
        numbering = detail::Numbering(part->root());
    }
    detail::BodyContext ctx{&doc.path, &styles, &numbering, &limits};
    detail::read_body(xml::child(main->root(), "body"), ctx, doc);
    read_properties(zip, package_rels, limits, doc);
    return doc;
}

}  // namespace

Document read_document(const std::filesystem::path& path, const xlsx::ReadLimits& limits) {
    xlsx::ZipArchive zip(path, limits, xlsx::PackageKind::document);
    return read(zip, path, limits);
}

Document read_document_bytes(std::string bytes, const std::filesystem::path& path,
                             const xlsx::ReadLimits& limits) {
    xlsx::ZipArchive zip(std::move(bytes), path, limits, xlsx::PackageKind::document);
    return read(zip, path, limits);
}

}  // namespace opfolg::docx
