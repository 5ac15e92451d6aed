// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace opfolg::indicators {

enum class Unit { percent, score5, score10, count, unknown };
enum class Polarity { higher, lower, neutral, unknown };

const char* unit_name(Unit u);          ///< "percent", "score5", …
const char* polarity_name(Polarity p);  ///< "higher", "lower", "neutral"
/// "pp" for percentages, "points" for scores, "count" for counts.
const char* delta_unit_name(Unit u);
/// The Danish word a sheet uses for a unit: "%", "score 1-5", "score 1-10", "antal"; "" unknown.
const char* unit_word(Unit u);
/// The Danish words for a polarity: "højere er bedre", "lavere er bedre", "neutral"; "" unknown.
const char* polarity_word(Polarity p);
/// Reads a unit as written in a sheet: "%", "pct.", "procent", "score 1-5", "1-10", "antal".
Unit parse_unit(const std::string& text);
/// Reads a polarity as written: "lavere er bedre", "højere er bedre", "neutral", "lower", "higher".
Polarity parse_polarity(const std::string& text);

/// One indicator the school tracks.
struct Entry {
    std::string id, name, source;
    std::vector<std::string> aliases;
    Unit unit = Unit::percent;
    Polarity polarity = Polarity::higher;
    double tolerance = 0;
    bool key = false;  ///< charted in the board workbook
};

/// How a label written in a sheet relates to the catalogue.
enum class MatchKind {
    none,       ///< no name or alias of any entry in it
    exact,      ///< equal to an entry's name or alias (ignoring case, spacing, punctuation)
    fuzzy,      ///< holds one entry's name or alias inside a longer text ("Tabel 1: …")
    ambiguous,  ///< holds names or aliases of several entries, none more specific than the rest
};
const char* match_kind_name(MatchKind k);  ///< "none", "exact", "fuzzy", "ambiguous"

/// What the catalogue says about one label.
struct Match {
    MatchKind kind = MatchKind::none;
    const Entry* entry = nullptr;         ///< exact or fuzzy: the entry matched
    std::vector<const Entry*> candidates;  ///< ambiguous: every entry it could be
    std::string key;  ///< the header key of the name or alias that matched (the longest one)
};

/// The school-editable indicator catalogue (workbook-templates/indicator-catalogue.json).
class Catalogue {
  public:
    /// Loads and checks a catalogue file; throws opfolg::Error (ErrorCode::schema) with the line.
    static Catalogue load(const std::filesystem::path& path);
    static Catalogue parse(const std::string& text, const std::filesystem::path& path);

    /// The entry whose name or alias equals `text` (header_key comparison); else the entry whose
    /// name or alias `text` contains ("Tabel 1: Frafald 3 mdr. efter …"), when exactly one
    /// entry's does once names inside longer matched names are set aside ("Læringsmiljø" inside
    /// "Læringsmiljø Elever der svarer Altid eller Ofte"); else every such entry, ambiguous.
    Match match(const std::string& text) const;
    const std::vector<Entry>& entries() const { return entries_; }

  private:
    std::vector<Entry> entries_;
    std::vector<std::pair<std::string, std::size_t>> keys_;  ///< header_key → entry, longest first
};

}  // namespace opfolg::indicators
