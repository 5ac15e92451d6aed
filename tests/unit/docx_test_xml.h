// SPDX-License-Identifier: MIT
// WordprocessingML fixtures written inline, small and named after what they show.
#pragma once

#include <string>
#include <vector>

namespace opfolg::test::wml {

inline std::string esc(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

/// A run of text (spaces kept).
inline std::string run(const std::string& text, const std::string& rpr = "") {
    return "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") +
           "<w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
}
/// A paragraph of one run; `ppr` goes into <w:pPr>.
inline std::string p(const std::string& text, const std::string& ppr = "") {
    return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + run(text) + "</w:p>";
}
inline std::string bold_p(const std::string& text) {
    return "<w:p>" + run(text, "<w:b/>") + "</w:p>";
}
inline std::string styled_p(const std::string& text, const std::string& style) {
    return p(text, "<w:pStyle w:val=\"" + style + "\"/>");
}
inline std::string list_p(const std::string& text, int num_id, int level = 0) {
    return p(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                       std::to_string(num_id) + "\"/></w:numPr>");
}
/// A cell; `content` is block XML (paragraphs, tables). An empty cell still needs a paragraph.
inline std::string tc(const std::string& content, const std::string& tcpr = "") {
    return "<w:tc>" + (tcpr.empty() ? "" : "<w:tcPr>" + tcpr + "</w:tcPr>") +
           (content.empty() ? "<w:p/>" : content) + "</w:tc>";
}
/// A cell of one paragraph of text.
inline std::string cell(const std::string& text, const std::string& tcpr = "") {
    return tc(text.empty() ? "" : p(text), tcpr);
}
inline std::string span(int n) { return "<w:gridSpan w:val=\"" + std::to_string(n) + "\"/>"; }
inline const char* restart = "<w:vMerge w:val=\"restart\"/>";
inline const char* below = "<w:vMerge/>";
inline std::string tr(const std::vector<std::string>& cells, const std::string& trpr = "") {
    std::string out = "<w:tr>" + (trpr.empty() ? "" : "<w:trPr>" + trpr + "</w:trPr>");
    for (const auto& c : cells) out += c;
    return out + "</w:tr>";
}
/// A row of plain text cells.
inline std::string text_row(const std::vector<std::string>& texts) {
    std::vector<std::string> cells;
    for (const auto& t : texts) cells.push_back(cell(t));
    return tr(cells);
}
inline std::string tbl(int grid_columns, const std::vector<std::string>& rows) {
    std::string out = "<w:tbl><w:tblGrid>";
    for (int i = 0; i < grid_columns; ++i) out += "<w:gridCol w:w=\"1000\"/>";
    out += "</w:tblGrid>";
    for (const auto& r : rows) out += r;
    return out + "</w:tbl>";
}

/// styles.xml with a heading (by outline level), a list style (numbering in the style) and a
/// bold character style.
inline std::string styles() {
    return "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
           "w:val=\"Normal\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Overskrift2\"><w:name w:val=\"heading "
           "2\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List "
           "Number\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
           "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/>"
           "<w:rPr><w:b/></w:rPr></w:style>"
           "</w:styles>";
}

/// numbering.xml: list 1 bullets, list 2 "1." over "a)", list 3 restarts list 2's numbers at 5.
inline std::string numbering() {
    return "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
           "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
           "<w:abstractNum w:abstractNumId=\"20\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\">"
           "<w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/>"
           "</w:lvl></w:abstractNum>"
           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
           "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>"
           "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"20\"/><w:lvlOverride w:ilvl=\"0\">"
           "<w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
           "</w:numbering>";
}

}  // namespace opfolg::test::wml
