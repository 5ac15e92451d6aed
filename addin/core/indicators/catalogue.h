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

/// The school-editable indicator catalogue (workbook-templates/indicator-catalogue.json).
class Catalogue {
  public:
    /// Loads and checks a catalogue file; throws opfolg::Error (ErrorCode::schema) with the line.
    static Catalogue load(const std::filesystem::path& path);
    static Catalogue parse(const std::string& text, const std::filesystem::path& path);

    /// The entry whose name or alias equals `text` (header_key comparison), else the entry with
    /// the longest name or alias contained in `text` ("Tabel 1: Frafald 3 mdr. efter …").
    /// `matched_key` receives the header_key of what matched.
    const Entry* find(const std::string& text, std::string* matched_key = nullptr) const;
    const std::vector<Entry>& entries() const { return entries_; }

  private:
    std::vector<Entry> entries_;
    std::vector<std::pair<std::string, std::size_t>> keys_;  ///< header_key → entry, longest first
};

}  // namespace opfolg::indicators
