// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/util/text.h"

namespace opfolg::schema {

enum class FieldType { string, number, integer, year, date, period, boolean };
const char* field_type_name(FieldType t);

/// One column of a plan sheet, as the school's schema file describes it.
struct Field {
    std::string name;      ///< stable identifier used by code, JSON and tests ("finding")
    std::string title;     ///< the Danish header in the template ("Resultat/ændringsbehov")
    std::string title_en;  ///< English name for English messages; title when absent
    FieldType type = FieldType::string;
    std::vector<std::string> synonyms;  ///< other headers meaning this column
    std::vector<std::string> labels;    ///< paragraph labels inside a split description cell
    std::string help;
    nlohmann::json example;
    double width = 15;
    bool internal = false;  ///< left out of the published version
    /// Filled by Opfølg when a plan is rolled over (last year's ID and evaluation), never by
    /// the department: the template locks the column.
    bool readonly = false;
    /// one of the columns the board reads on paper: the board workbook's print area
    bool print = false;
    bool required = false;
    bool unique = false;
    std::vector<std::string> enum_values;  ///< the allowed values, as they are spelled
    /// header_key of each allowed value and of each of its synonyms ("Lav er godt" for "lavere er
    /// bedre") → index into enum_values; built once by the loader.
    std::unordered_map<std::string, std::size_t> enum_keys;
    std::optional<double> minimum, maximum;

    /// The allowed value `text` means (ignoring case, spacing and punctuation, through the
    /// synonyms), spelled as the schema spells it; nullopt when it means none of them.
    std::optional<std::string> canonical_enum(const std::string& text) const;
};

/// A header that holds several fields at once (Format A's "Periode/ansvarlig").
struct Combined {
    std::string header;
    std::vector<std::size_t> fields;
};

/// A header whose cells hold labelled paragraphs (Format B's "Uddybende beskrivelse"); text
/// before the first label goes to `lead_field`.
struct Split {
    std::string header;
    std::size_t lead_field = 0;
};

/// A column the template fills with live Excel formulas (deltas on the Indikatorer sheet). The
/// reader recognises its header and ignores its cells: the core computes the same figures itself.
struct Computed {
    std::string name, title;
};

/// "At least one of these fields" (the law's timetable: Start, Slut or Tidsplan).
struct RequiredAny {
    std::vector<std::size_t> fields;
    std::string title, help;
};

/// What a header cell means for a sheet.
struct HeaderMeaning {
    enum class Kind { field, combined, split, computed } kind = Kind::field;
    std::size_t index = 0;  ///< into fields, combined, split or computed
};

/// A sheet of the department workbook, compiled for fast header and label lookup.
struct SheetSchema {
    std::string name, title, help;
    std::vector<std::string> synonyms;
    std::vector<Field> fields;
    std::vector<Combined> combined;
    std::vector<Split> split;
    std::vector<Computed> computed;
    std::vector<RequiredAny> required_any;
    std::optional<std::size_t> theme_from_title;  ///< field filled from a table's title line

    /// header_key(header) → meaning; built once by the loader.
    std::unordered_map<std::string, HeaderMeaning> headers;
    /// Paragraph labels as (header_key, field), longest first so "Ønsket virkning (mål)" wins
    /// over "Ønsket virkning".
    std::vector<std::pair<std::string, std::size_t>> labels;

    std::optional<std::size_t> field_index(const std::string& name) const;
    /// The meaning of a header text, if the schema knows it.
    const HeaderMeaning* meaning(const std::string& header_text) const;
    /// The same for a text already turned into its header_key.
    const HeaderMeaning* meaning_of_key(const std::string& key) const;
};

/// What changed in the schema, and in the templates made from it, at one version: the note a
/// workbook made from an older template gets.
struct SchemaChange {
    int version = 0;
    Text changes;
};

/// The whole schema: metadata fields and the data sheets.
struct Schema {
    std::string name, title;
    int version = 1;
    std::vector<SchemaChange> history;  ///< by version, oldest first
    SheetSchema metadata;
    std::vector<SheetSchema> sheets;
    std::string instructions_sheet = "Vejledning";  ///< the template's instruction sheet
    std::vector<std::string> ignore_sheets;  ///< sheets never read as data (their header_key)
    /// The sheets of a rolled-over workbook that list last year's closed actions and the rows
    /// that could not be carried on: shown to the department, never read as this year's plan.
    std::string closed_sheet = "Afsluttet sidste år";
    std::string not_carried_sheet = "Ikke videreført";
    std::filesystem::path source;

    /// Whether a sheet of this name holds instructions rather than data.
    bool ignored(const std::string& sheet_name) const;

    const SheetSchema* sheet(const std::string& name) const;
    /// The changes after version `since` up to this schema's version, oldest first.
    std::vector<const SchemaChange*> changes_since(int since) const;
};

/// Loads and compiles a schema file. Throws opfolg::Error (ErrorCode::schema) naming the file
/// and line for JSON syntax errors and for semantic ones (unknown type, duplicate field, …).
Schema load_schema(const std::filesystem::path& path);
/// The same from text; `path` names it in messages.
Schema parse_schema(const std::string& text, const std::filesystem::path& path);

}  // namespace opfolg::schema
