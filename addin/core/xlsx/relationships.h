// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "core/xlsx/limits.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg::xlsx {

/// One OPC relationship with its target resolved to a package part name ("xl/worksheets/s1.xml").
struct Relationship {
    std::string id;
    std::string type;
    std::string target;
    bool external = false;

    /// Whether the type ends in "/<kind>"; Transitional and Strict differ only before it.
    bool is(const std::string& kind) const;
};

/// The relationships part of `source` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" for
/// the package itself); empty when the part is absent.
std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& source,
                                             const ReadLimits& limits);

/// Resolves a relationship target against the folder of its source part: relative ("worksheets/
/// sheet1.xml", "../media/x.png") and absolute ("/xl/worksheets/sheet1.xml") forms.
std::string resolve_target(const std::string& source, const std::string& target);

}  // namespace opfolg::xlsx
