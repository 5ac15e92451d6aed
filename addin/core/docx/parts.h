// SPDX-License-Identifier: MIT
// Readers of the individual parts of a .docx; internal to the docx reader.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/docx/document.h"
#include "core/xlsx/limits.h"
#include "core/xlsx/xml.h"

namespace opfolg::docx::detail {

/// A paragraph's list membership: w:numPr's numId and ilvl (ECMA-376 Part 1, §17.9.18).
struct NumRef {
    int num_id = 0;  ///< 0 means "no list" (a style's list switched off)
    int level = 0;   ///< 0–8
};

/// The paragraph and character styles of word/styles.xml, each resolved through its basedOn
/// chain once: whether a paragraph style is a heading, makes its text bold, or puts it in a list.
class Styles {
  public:
    Styles() = default;
    explicit Styles(const pugi::xml_node& styles);

    /// A heading: an outline level 0–8 (§17.3.1.20), or a style named "heading N", "Title" or
    /// the Danish "Overskrift N" / "Titel" (Word localises names in documents saved in Danish).
    bool heading(const std::string& paragraph_style) const;
    /// Whether runs in this paragraph style are bold unless they say otherwise.
    bool bold(const std::string& paragraph_style) const;
    /// Whether a character style (w:rStyle) makes its runs bold; nullopt when it does not say.
    std::optional<bool> character_bold(const std::string& character_style) const;
    /// The list the paragraph style puts its paragraphs in (python-docx's "List Number").
    std::optional<NumRef> numbering(const std::string& paragraph_style) const;
    /// The style of paragraphs that name none (w:default="1").
    const std::string& default_paragraph() const { return default_paragraph_; }

  private:
    struct Style {
        bool heading = false;
        std::optional<bool> bold;
        std::optional<NumRef> num;
    };
    std::unordered_map<std::string, Style> paragraph_, character_;
    std::string default_paragraph_;
};

/// The list definitions of word/numbering.xml and the counters of the lists met so far, so that
/// list paragraphs read as "1. …", "a) …", "• …" the way Word shows them.
class Numbering {
  public:
    Numbering() = default;
    explicit Numbering(const pugi::xml_node& numbering);

    /// The label of the next paragraph in list `ref` ("•", "1.", "2.1", "" for an unnumbered
    /// level), advancing its counter and restarting the levels below it.
    std::string next_label(const NumRef& ref);

  private:
    struct Level {
        std::string format = "decimal";  ///< w:numFmt (§17.18.59)
        std::string text;                ///< w:lvlText, "%1." and the like
        bool has_text = false;
        int start = 1;
    };
    using Levels = std::array<Level, 9>;
    std::unordered_map<int, Levels> abstract_;              ///< abstractNumId → levels
    std::unordered_map<int, Levels> lists_;                 ///< numId → levels (with overrides)
    std::unordered_map<int, std::array<int, 9>> counters_;  ///< numId → current numbers (0 unset)
};

/// Replaces every byte of `s` that is not part of well-formed UTF-8 with U+FFFD.
void repair_utf8(std::string& s);

/// What reading the body needs from the rest of the package.
struct BodyContext {
    const std::filesystem::path* file = nullptr;
    const Styles* styles = nullptr;
    Numbering* numbering = nullptr;
    const xlsx::ReadLimits* limits = nullptr;
};

/// Reads the tables of w:body (and the tables nested in them) into `out`, counting the
/// paragraphs outside them. Throws opfolg::Error for tables beyond the limits.
void read_body(const pugi::xml_node& body, const BodyContext& ctx, Document& out);

}  // namespace opfolg::docx::detail
