// SPDX-License-Identifier: MIT
// The canonical model every plan format is mapped into.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/schema/schema.h"
#include "core/xlsx/cell_ref.h"
#include "core/xlsx/value.h"

namespace opfolg::plan {

/// `v` without text: what FieldValue::value keeps.
inline xlsx::CellValue typed(const xlsx::CellValue& v) {
    return std::holds_alternative<std::string>(v) ? xlsx::CellValue{} : v;
}

/// A sheet's name, shared by every value read from that sheet: a plan holds thousands of
/// values and needs the name once, not once each.
class SheetName {
  public:
    SheetName() = default;
    SheetName(std::string name) : name_(std::make_shared<const std::string>(std::move(name))) {}
    const std::string& str() const {
        static const std::string none;
        return name_ ? *name_ : none;
    }
    operator const std::string&() const { return str(); }
    friend bool operator==(const SheetName& a, const std::string& b) { return a.str() == b; }

  private:
    std::shared_ptr<const std::string> name_;
};

/// Where a piece of text came from: sheet and cell of the source workbook.
struct Source {
    SheetName sheet;
    xlsx::CellRef cell;
    bool known = false;  ///< false when the value was derived (e.g. theme from the sheet name)
};

/// The content of one canonical field in one row.
struct FieldValue {
    std::string text;  ///< as written (several sources joined by a blank line)
    /// The typed cell value – number, date, boolean, error – when it came from a single cell;
    /// empty for text, which lives in `text` alone (plans are mostly prose: one copy is enough).
    xlsx::CellValue value;
    Source source;
    bool empty() const { return text.empty(); }
};

/// What a column of a located table means.
struct Column {
    std::uint32_t col = 0;
    std::string header;  ///< header text as written (two-row headers joined by " / ")
    enum class Role { field, combined, split, computed, unknown } role = Role::unknown;
    std::size_t index = 0;  ///< into the sheet schema's fields, combined, split or computed
};

/// One data row mapped to the schema's fields.
struct Row {
    std::uint32_t row = 0;           ///< zero-based row in the source sheet
    std::vector<FieldValue> fields;  ///< by field index of the sheet schema
    /// Text from columns the schema does not know, kept so that nothing is lost: "header: text".
    std::vector<std::pair<std::string, FieldValue>> extras;
};

/// A table found in a sheet: its header, its columns and its rows.
struct Table {
    const schema::SheetSchema* schema = nullptr;
    std::string sheet;
    std::uint32_t header_row = 0;   ///< zero-based first header row
    std::uint32_t header_rows = 1;  ///< 1, or 2 for Format A's two-row header
    std::string title;              ///< the title line above the header, if any
    Source title_source;
    std::vector<Column> columns;
    std::vector<Row> rows;
    /// Fields the table has a column (or a split paragraph label) for.
    std::vector<bool> covered;
};

/// The metadata of a department workbook, each with where it was found.
struct Metadata {
    FieldValue institution, department, plan_year;
    FieldValue contact;  ///< who the quality function can ask (carried to next year's workbook)
    std::optional<int> year;  ///< plan_year as a number when readable
};

/// Which layout a workbook was written in (for reports; the mapping itself is schema-driven).
enum class Layout { template_layout, format_a, format_b, mixed, unknown };
const char* layout_name(Layout l);

/// What a workbook made from an Opfølg template says about the template (its custom document
/// properties): the schema it was generated from and that schema's version.
struct TemplateStamp {
    std::string schema;
    int version = 0;  ///< 0 when the property is missing or not a whole number
};

/// A department workbook read into the canonical model.
struct DepartmentWorkbook {
    std::filesystem::path file;
    Metadata meta;
    std::vector<Table> tables;
    Layout layout = Layout::unknown;
    std::string department_source;  ///< "metadata", "title" or "file name"
    /// Opfølg's own consolidated workbook (marked in its keywords): never a department's plan.
    bool board_workbook = false;
    /// Set when the workbook was made from an Opfølg template (absent for any other workbook).
    std::optional<TemplateStamp> stamp;

    /// All tables of the schema sheet called `name` ("plan", "indicators").
    std::vector<const Table*> tables_of(const std::string& name) const;
};

}  // namespace opfolg::plan
