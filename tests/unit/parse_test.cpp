// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "core/parse/danish_number.h"
#include "core/parse/period.h"
#include "core/util/normalize.h"

using namespace opfolg;
using namespace opfolg::parse;

BOOST_AUTO_TEST_SUITE(header_keys)

BOOST_AUTO_TEST_CASE(ignores_case_spacing_punctuation_and_danish_letter_variants) {
    struct Case {
        const char* a;
        const char* b;
    };
    for (auto c :
         {Case{"Resultat /\nÆndringsbehov", "resultat ændringsbehov"},
          Case{"ANSVARLIG", "Ansvarlig"}, Case{"Landsgnsn.", "landsgnsn"},
          Case{"Ønsket virkning (mål)", "oensket virkning maal"},
          Case{"Periode/ansvarlig", "PERIODE / ANSVARLIG"}, Case{"Målgruppe", "Maalgruppe"},
          Case{"Ønsket", "Oensket"}, Case{"INDSATS/TILTAG", "Indsats - tiltag"}})
        BOOST_TEST(header_key(c.a) == header_key(c.b), c.a << " vs " << c.b);
    BOOST_TEST(header_key("Opfølgningsplan") == "opfoelgningsplan");
    BOOST_TEST(header_key("Tema") != header_key("Tid"));
}

BOOST_AUTO_TEST_CASE(key_prefix_agrees_with_the_whole_key) {
    const std::string key = header_key("Resultat / Ændringsbehov");
    BOOST_TEST(*header_key_prefix("RESULTAT / ændrings-behov", key) == key.size());
    // Format A's two rows: the first spells the start, the second the rest.
    BOOST_TEST(*header_key_prefix("Resultat", key) == header_key("Resultat").size());
    BOOST_TEST(*header_key_prefix("Ændringsbehov", key.substr(8)) == key.size() - 8);
    BOOST_TEST(!header_key_prefix("Resultater og ændringer", key));
    BOOST_TEST(!header_key_prefix("Tema", key));
    BOOST_TEST(*header_key_prefix(" – ", key) == 0u);  // no letters: the empty start of any key
}

BOOST_AUTO_TEST_CASE(measures_edit_distance_in_characters) {
    BOOST_TEST(edit_distance("Videreføre", "Videreføres") == 1u);
    BOOST_TEST(edit_distance("æøå", "aoa") == 3u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(danish_numbers)

BOOST_AUTO_TEST_CASE(reads_danish_number_text) {
    struct Case {
        const char* text;
        double value;
        bool percent;
        int decimals;
    };
    for (auto c :
         {Case{"16,7 %", 16.7, true, 1}, Case{"3,9", 3.9, false, 1},
          Case{"1.234,5", 1234.5, false, 1}, Case{"1.234", 1234, false, 0},
          Case{"16.7", 16.7, false, 1}, Case{"−3,1", -3.1, false, 1},
          Case{"-3,1 procentpoint", -3.1, false, 1}, Case{"+2", 2, false, 0},
          Case{"7,6 pp", 7.6, false, 1}, Case{"19,8%", 19.8, true, 1}, Case{"10 pct.", 10, true, 0},
          Case{"1 234 567", 1234567, false, 0}, Case{"0,5", 0.5, false, 1},
          Case{"0.167", 0.167, false, 3}, Case{"2024", 2024, false, 0}}) {
        auto n = parse_danish_number(c.text);
        BOOST_TEST_REQUIRE(n.has_value(), c.text);
        BOOST_TEST(n->value == c.value, c.text);
        BOOST_TEST(n->percent == c.percent, c.text);
        BOOST_TEST(n->decimals == c.decimals, c.text);
    }
}

BOOST_AUTO_TEST_CASE(refuses_text_that_is_not_one_number) {
    for (const char* bad : {"", "–", "-", "abc", "1,2,3", "16,7 kr", "ca. 5", "1,2.3", "5-6"})
        BOOST_TEST(!parse_danish_number(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(knows_the_markers_of_missing_data) {
    for (const char* m : {"", "–", "-", "—", "n/a", "*", "(<5)"})
        BOOST_TEST(is_missing_marker(m), m);
    BOOST_TEST(!is_missing_marker("0"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(periods)

BOOST_AUTO_TEST_CASE(parses_every_tid_value_of_seed_003_or_flags_it) {
    struct Case {
        const char* text;
        const char* start;
        const char* end;
        Period::Status status;
    };
    const auto dated = Period::Status::dated;
    for (auto c : {
             Case{"2025 og 2026", "2025-01-01", "2026-12-31", dated},
             Case{"Skoleåret 2025/2026", "2025-08-01", "2026-07-31", dated},
             Case{"Primo september 2025", "2025-09-01", "2025-09-10", dated},
             Case{"Primo september 2025. Gentages i 2026, hvis der er behov", "2025-09-01",
                  "2026-12-31", dated},
             Case{"Juni 2025", "2025-06-01", "2025-06-30", dated},
             Case{"Juni 2025. Gentages i 2026 efter evaluering af 2025.", "2025-06-01",
                  "2026-12-31", dated},
             Case{"Efteråret 2024 og frem", "2024-08-01", "", dated},
             Case{"Skoleår: 2025/26, 2026/2027", "2025-08-01", "2027-07-31", dated},
             Case{"Skolestart 2025/2026", "2025-08-01", "2026-07-31", dated},
             Case{"Skoleåret 2026/2027", "2026-08-01", "2027-07-31", dated},
             Case{"Hen over efteråret 2025 og på første GF1 i januar 2026", "2025-08-01",
                  "2026-01-31", dated},
             Case{"Løbende indsats", "", "", Period::Status::ongoing},
             Case{"Løbende indsatser", "", "", Period::Status::ongoing},
             Case{"Løbende indsat og dialog", "", "", Period::Status::ongoing},
             Case{"Vedvarende", "", "", Period::Status::ongoing},
             Case{"Èn gang årligt i forbindelse med gennemførsel af ETU", "", "",
                  Period::Status::ongoing},
             Case{"Op mod fem år.", "", "", Period::Status::unanchored},
         }) {
        auto p = parse_period(c.text);
        BOOST_TEST_CONTEXT(c.text) {
            BOOST_TEST((p.status == c.status));
            BOOST_TEST((p.start ? iso(*p.start) : std::string()) == c.start);
            BOOST_TEST((p.end ? iso(*p.end) : std::string()) == c.end);
        }
    }
}

BOOST_AUTO_TEST_CASE(parses_other_common_danish_timetables) {
    struct Case {
        const char* text;
        const char* start;
        const char* end;
    };
    for (auto c :
         {Case{"01-08-2025", "2025-08-01", "2025-08-01"},
          Case{"1.8.2025 - 30.6.2026", "2025-08-01", "2026-06-30"},
          Case{"2025-2027", "2025-01-01", "2027-12-31"},
          Case{"Ultimo juni 2026", "2026-06-21", "2026-06-30"},
          Case{"Medio okt. 2025", "2025-10-11", "2025-10-20"},
          Case{"3. kvartal 2025", "2025-07-01", "2025-09-30"},
          Case{"Foråret 2026", "2026-01-01", "2026-06-30"},
          Case{"Uge 15 2026", "2026-04-06", "2026-04-12"},
          Case{"Uddannelsescheferne skal i 2023 tage initiativer", "2023-01-01", "2023-12-31"},
          Case{"august 2025 til juni 2026", "2025-08-01", "2026-06-30"}}) {
        auto p = parse_period(c.text);
        BOOST_TEST_CONTEXT(c.text) {
            BOOST_TEST((p.status == Period::Status::dated));
            BOOST_TEST((p.start ? iso(*p.start) : std::string()) == c.start);
            BOOST_TEST((p.end ? iso(*p.end) : std::string()) == c.end);
        }
    }
}

BOOST_AUTO_TEST_CASE(flags_text_without_a_timetable) {
    for (const char* t : {"Snarest", "Når der er tid", "Afdelingslederen"})
        BOOST_TEST((parse_period(t).status == Period::Status::unparsed), t);
}

BOOST_AUTO_TEST_SUITE_END()
