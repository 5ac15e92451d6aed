// SPDX-License-Identifier: MIT
#include "core/xlsx/package_kind.h"

#include <cstring>
#include <string>

#include "core/util/error.h"

namespace opfolg::xlsx {

namespace {

constexpr unsigned char cfb_magic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

// Stream names in an OLE directory are UTF-16LE.
bool contains_utf16le(std::string_view hay, const char* ascii) {
    std::string needle;
    for (const char* p = ascii; *p; ++p) {
        needle.push_back(*p);
        needle.push_back('\0');
    }
    return hay.find(needle) != std::string_view::npos;
}

bool document(PackageKind k) { return k == PackageKind::document; }

}  // namespace

void refuse_foreign_container(std::string_view bytes, const std::filesystem::path& file,
                              PackageKind kind) {
    const bool doc = document(kind);
    if (bytes.size() >= sizeof cfb_magic &&
        std::memcmp(bytes.data(), cfb_magic, sizeof cfb_magic) == 0) {
        // An OLE compound file: Office wraps a password-protected .xlsx or .docx in one
        // (MS-OFFCRYPTO), and Office 97–2003 saves .xls and .doc in one.
        if (contains_utf16le(bytes, "EncryptionInfo") ||
            contains_utf16le(bytes, "EncryptedPackage"))
            throw Error(ErrorCode::encrypted, file,
                        doc ? Text{"dokumentet er beskyttet med adgangskode; gem det uden "
                                   "adgangskode i Word",
                                   "the document is password protected; save it without a "
                                   "password in Word"}
                            : Text{"projektmappen er beskyttet med adgangskode; gem den uden "
                                   "adgangskode i Excel",
                                   "the workbook is password protected; save it without a "
                                   "password in Excel"});
        // Word's main stream is "WordDocument" (MS-DOC §2.1.1); check it before Excel's names.
        if (contains_utf16le(bytes, "WordDocument"))
            throw Error(ErrorCode::legacy_doc, file,
                        doc ? Text{"filen er et gammelt Word 97–2003-dokument (.doc); gem det som "
                                   ".docx i Word",
                                   "the file is a legacy Word 97–2003 document (.doc); save it "
                                   "as .docx in Word"}
                            : Text{"filen er et Word 97–2003-dokument (.doc), ikke en "
                                   "Excel-projektmappe",
                                   "the file is a Word 97–2003 document (.doc), not an Excel "
                                   "workbook"});
        if (contains_utf16le(bytes, "Workbook") || contains_utf16le(bytes, "Book"))
            throw Error(ErrorCode::legacy_xls, file,
                        doc ? Text{"filen er en Excel 97–2003-projektmappe (.xls), ikke et "
                                   "Word-dokument",
                                   "the file is an Excel 97–2003 workbook (.xls), not a Word "
                                   "document"}
                            : Text{"filen er en gammel Excel 97–2003-projektmappe (.xls); gem "
                                   "den som .xlsx",
                                   "the file is a legacy Excel 97–2003 workbook (.xls); save it "
                                   "as .xlsx"});
        throw Error(doc ? ErrorCode::not_a_document : ErrorCode::not_a_workbook, file,
                    doc ? Text{"filen er et OLE-dokument, ikke et Word-dokument (.docx)",
                               "the file is an OLE document, not a Word document (.docx)"}
                        : Text{"filen er et OLE-dokument, ikke en Excel-projektmappe",
                               "the file is an OLE document, not an Excel workbook"});
    }
    if (bytes.size() >= 4 && bytes.compare(0, 2, "PK") == 0) return;
    // Word saves "Rich Text Format" under any name the user types, .doc and .docx included.
    if (doc && bytes.compare(0, 5, "{\\rtf") == 0)
        throw Error(ErrorCode::not_a_document, file,
                    {"filen er et RTF-dokument, ikke .docx; gem det som Word-dokument (.docx)",
                     "the file is an RTF document, not .docx; save it as a Word document "
                     "(.docx)"});
    throw Error(doc ? ErrorCode::not_a_document : ErrorCode::not_a_workbook, file,
                doc ? Text{"filen er ikke et Word-dokument (.docx er en zip-pakke)",
                           "the file is not a Word document (.docx is a zip package)"}
                    : Text{"filen er ikke en Excel-projektmappe (.xlsx er en zip-pakke)",
                           "the file is not an Excel workbook (.xlsx is a zip package)"});
}

void refuse_opendocument(std::string_view mimetype, const std::filesystem::path& file,
                         PackageKind kind) {
    if (mimetype.find("opendocument") == std::string_view::npos) return;
    const bool spreadsheet = mimetype.find("opendocument.spreadsheet") != std::string_view::npos;
    const bool text = mimetype.find("opendocument.text") != std::string_view::npos;
    if (document(kind)) {
        if (text)
            throw Error(ErrorCode::not_a_document, file,
                        {"filen er et OpenDocument-tekstdokument (.odt); gem det som .docx",
                         "the file is an OpenDocument text (.odt); save it as .docx"});
        throw Error(ErrorCode::not_a_document, file,
                    {spreadsheet ? "filen er et OpenDocument-regneark (.ods), ikke et Word-dokument"
                                 : "filen er et OpenDocument-dokument, ikke et Word-dokument",
                     spreadsheet ? "the file is an OpenDocument spreadsheet (.ods), not a Word "
                                   "document"
                                 : "the file is an OpenDocument file, not a Word document"});
    }
    if (spreadsheet)
        throw Error(ErrorCode::ods, file,
                    {"filen er et OpenDocument-regneark (.ods); gem den som .xlsx",
                     "the file is an OpenDocument spreadsheet (.ods); save it as .xlsx"});
    throw Error(ErrorCode::not_a_workbook, file,
                {"filen er et OpenDocument-dokument, ikke en Excel-projektmappe",
                 "the file is an OpenDocument file, not an Excel workbook"});
}

Text missing_part_text(PackageKind kind) {
    if (document(kind))
        return {"en nødvendig del mangler i dokumentet",
                "a required part is missing from the document"};
    return {"en nødvendig del mangler i projektmappen",
            "a required part is missing from the workbook"};
}

}  // namespace opfolg::xlsx
