// SPDX-License-Identifier: MIT
// The read floor: inflate every worksheet and shared-strings part of every workbook and parse it
// with pugixml, nothing else. Usage: opfolg_bench_read_floor DIR
#include <filesystem>
#include <iostream>
#include <pugixml.hpp>

#include "core/xlsx/zip_archive.h"

int main(int argc, char** argv) {
    if (argc != 2) return 64;
    std::size_t bytes = 0, nodes = 0;
    for (const auto& e : std::filesystem::directory_iterator(argv[1])) {
        if (e.path().extension() != ".xlsx") continue;
        opfolg::xlsx::ZipArchive zip(e.path(), {});
        for (const auto& name : zip.names()) {
            if (name.rfind("xl/worksheets/", 0) != 0 && name != "xl/sharedStrings.xml") continue;
            std::string xml = zip.read(name);
            bytes += xml.size();
            pugi::xml_document doc;
            doc.load_buffer_inplace(xml.data(), xml.size());
            nodes += static_cast<std::size_t>(
                std::distance(doc.document_element().begin(), doc.document_element().end()));
        }
    }
    std::cout << bytes << " bytes inflated, " << nodes << " top-level nodes\n";
    return 0;
}
