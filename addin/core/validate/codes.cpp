// SPDX-License-Identifier: MIT
#include "core/validate/codes.h"

namespace opfolg::validate {

const std::vector<IssueKind>& issue_kinds() {
    using S = Severity;
    static const std::vector<IssueKind> kinds = {
        {"template-outdated", S::warning,
         {"projektmappen er lavet med en ældre udgave af skabelonen",
          "the workbook was made from an older version of the template"}},
        {"template-newer", S::warning,
         {"projektmappen er lavet med en nyere skabelon, end Opfølg kender",
          "the workbook was made from a newer template than Opfølg knows"}},
        {"template-other-schema", S::warning,
         {"projektmappen er lavet med en skabelon til et andet skema",
          "the workbook was made from a template of another schema"}},
        {"no-plan-table", S::error,
         {"ingen tabel med opfølgningsplanens kolonner", "no table with the plan's columns"}},
        {"missing-column", S::error,
         {"en påkrævet kolonne mangler", "a required column is missing"}},
        {"unknown-column", S::warning,
         {"en kolonne, Opfølg ikke kender (indholdet medtages som bemærkning)",
          "a column Opfølg does not know (its content is kept as a remark)"}},
        {"missing-metadata", S::warning,
         {"institution, afdeling eller planår mangler",
          "institution, department or plan year is missing"}},
        {"not-a-year", S::error, {"et årstal, der ikke er et årstal", "a year that is no year"}},
        {"required-empty", S::error,
         {"et påkrævet felt er tomt i en påbegyndt række",
          "a required cell is empty in a row that has been started"}},
        {"enum-value", S::error,
         {"en værdi, der ikke er på kolonnens liste", "a value that is not on the column's list"}},
        {"not-a-number", S::error,
         {"et tal, der ikke kan læses som et tal", "a number that cannot be read as one"}},
        {"not-an-integer", S::error,
         {"et tal, der skal være helt, har decimaler", "a whole number with decimals"}},
        {"out-of-range", S::error,
         {"et tal uden for det tilladte interval", "a number outside the allowed range"}},
        {"not-a-date", S::error, {"en dato, der ikke er en dato", "a date that is no date"}},
        {"period-unparsed", S::warning,
         {"en tidsplan, der ikke kan læses (fx \"Skoleåret 2025/2026\" kan)",
          "a timetable that cannot be read"}},
        {"period-unanchored", S::warning,
         {"en tidsplan, der siger hvor længe, men ikke hvornår",
          "a timetable that says how long but not when"}},
        {"end-before-start", S::error,
         {"en slutdato før startdatoen", "an end date before the start date"}},
        {"period-before-plan-year", S::warning,
         {"en indsats, der slutter før planåret uden at være afsluttet",
          "an action that ends before the plan year without being finished"}},
        {"duplicate-value", S::error,
         {"et ID, der bruges mere end én gang", "an ID used more than once"}},
        {"goal-not-measurable", S::warning,
         {"et mål uden tal og uden indikator", "a goal with no number and no indicator"}},
        {"text-not-utf8", S::warning,
         {"tekst med ugyldige tegn (en anden tegnkodning)",
          "text with invalid characters (another encoding)"}},
        {"indicator-duplicate", S::warning,
         {"en indikator med to værdier for samme år og gruppe",
          "an indicator with two values for one year and group"}},
        {"indicator-not-a-number", S::error,
         {"en indikatorværdi, der ikke er et tal", "an indicator value that is no number"}},
        {"indicator-unit-misfit", S::warning,
         {"indikatortal, der ikke passer til enheden i Opfølgs katalog",
          "indicator figures that do not fit the unit in Opfølg's catalogue"}},
        {"unit-mismatch", S::warning,
         {"en enhed, der ikke er den, Opfølgs katalog kender for indikatoren",
          "a unit other than the one Opfølg's catalogue knows for the indicator"}},
        {"indicator-ambiguous", S::warning,
         {"et indikatornavn, der kan betyde flere af katalogets indikatorer",
          "an indicator name that may mean several catalogue entries"}},
        {"indicator-unknown", S::warning,
         {"en indikator, Opfølgs katalog ikke kender", "an indicator the catalogue does not know"}},
        {"scale-mismatch", S::warning,
         {"et tal på en gammel skala (fx 1–100 i stedet for 1–5)",
          "a figure on an old scale (e.g. 1–100 instead of 1–5)"}},
        {"diff-mismatch", S::warning,
         {"en forskel til landsplan, der ikke passer med tallene",
          "a difference to the national level that does not fit the figures"}},
        {"board-workbook", S::warning,
         {"Opfølgs samlede projektmappe til bestyrelsen, ikke en afdelings plan",
          "Opfølg's board workbook, not a department's plan"},
         false},
    };
    return kinds;
}

const IssueKind* issue_kind(std::string_view code) {
    for (const auto& k : issue_kinds())
        if (code == k.code) return &k;
    return nullptr;
}

}  // namespace opfolg::validate
