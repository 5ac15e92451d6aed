// SPDX-License-Identifier: MIT
#include "core/consolidate/consolidate.h"

#include <atomic>
#include <boost/test/unit_test.hpp>

#include "core/consolidate/cpr.h"
#include "core/util/error.h"
#include "core/util/sha256.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "core/xlsx/zip_archive.h"
#include "test_support.h"

using namespace opfolg;

BOOST_AUTO_TEST_SUITE(consolidation)

BOOST_AUTO_TEST_CASE(reports_progress_per_workbook) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    test::TempDir d;
    std::vector<std::size_t> seen;
    Progress p;
    p.report = [&](std::size_t done, std::size_t total, const std::string& what) {
        BOOST_TEST(total == 3u);
        BOOST_TEST(!what.empty());
        seen.push_back(done);
    };
    auto r = consolidate::consolidate({OPFOLG_TEMPLATES_DIR "/examples"}, d / "ud.xlsx", schema,
                                      catalogue, {}, p);
    BOOST_TEST((seen == std::vector<std::size_t>{1, 2, 3}));
    BOOST_TEST(r.written);
    BOOST_TEST(r.institution == "Eksempelskolen");
    BOOST_TEST(r.year == 2025);
}

BOOST_AUTO_TEST_CASE(stops_when_cancelled_and_writes_nothing) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    test::TempDir d;
    std::atomic<bool> cancel{false};
    Progress p;
    p.cancel = &cancel;
    p.report = [&](std::size_t done, std::size_t, const std::string&) {
        if (done == 1) cancel = true;
    };
    try {
        consolidate::consolidate({OPFOLG_TEMPLATES_DIR "/examples"}, d / "ud.xlsx", schema,
                                 catalogue, {}, p);
        BOOST_FAIL("expected cancellation");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::cancelled));
    }
    BOOST_TEST(std::filesystem::is_empty(d.path()));
}

BOOST_AUTO_TEST_CASE(charts_no_more_series_than_excel_allows_and_says_so) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    test::TempDir d;
    {
        // One key indicator for 300 groups: 300 lines, where Excel allows 255 in a chart.
        xlsx::WorkbookWriter w(d / "Opfølgningsplan Mange hold.xlsx");
        auto& meta = w.add_sheet("Oplysninger");
        meta.write_string({0, 0}, "Afdeling");
        meta.write_string({0, 1}, "Mange hold");
        auto& ind = w.add_sheet("Indikatorer");
        const char* heads[] = {"Indikator", "Uddannelse/område", "År", "Værdi", "Landsplan"};
        for (std::uint32_t c = 0; c < 5; ++c) ind.write_string({0, c}, heads[c]);
        std::uint32_t row = 1;
        for (int group = 0; group < 300; ++group)
            for (int year : {2023, 2024}) {
                ind.write_string({row, 0}, "Frafald 3 mdr. GF2");
                ind.write_string({row, 1}, "Hold " + std::to_string(group));
                ind.write_number({row, 2}, year);
                ind.write_number({row, 3}, 10 + group % 7);
                ind.write_number({row++, 4}, 12);
            }
        w.save();
    }
    auto r = consolidate::consolidate({d / "Opfølgningsplan Mange hold.xlsx"}, d / "ud.xlsx",
                                      schema, catalogue, {}, {});
    BOOST_TEST_REQUIRE(r.written);
    xlsx::ZipArchive zip(d / "ud.xlsx", xlsx::ReadLimits{});
    std::string chart = zip.read("xl/charts/chart1.xml");
    std::size_t series = 0;
    for (auto at = chart.find("<c:ser>"); at != std::string::npos;
         at = chart.find("<c:ser>", at + 1))
        ++series;
    BOOST_TEST(series == 255u);
    auto wb = xlsx::read_workbook(d / "ud.xlsx");
    bool noted = false;
    for (const auto& c : wb.sheet("Grafer")->cells)
        if (const auto* text = std::get_if<std::string>(&c.value))
            noted = noted || text->find("de første 254 af 300 serier") != std::string::npos;
    BOOST_TEST(noted);
}

BOOST_AUTO_TEST_CASE(finds_cpr_numbers_but_not_other_numbers) {
    BOOST_TEST(consolidate::find_cpr("CPR 010203-1234").value_or("") == "010203-1234");
    BOOST_TEST(consolidate::find_cpr("tlf. 3112991234").value_or("") == "3112991234");
    BOOST_TEST(!consolidate::find_cpr("Frafald 16,7 % i 2024").has_value());
    BOOST_TEST(!consolidate::find_cpr("321399-1234").has_value());  // no 32nd day
    BOOST_TEST(!consolidate::find_cpr("ordrenr. 12345678901").has_value());
}

BOOST_AUTO_TEST_CASE(hashes_with_sha256) {
    BOOST_TEST(sha256_hex("") ==
               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    BOOST_TEST(sha256_hex("abc") ==
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    BOOST_TEST(sha256_hex(std::string(1000, 'a')) ==
               "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

BOOST_AUTO_TEST_SUITE_END()
