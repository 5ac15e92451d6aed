// SPDX-License-Identifier: MIT
#include "core/consolidate/consolidate.h"

#include <atomic>
#include <boost/test/unit_test.hpp>

#include "core/consolidate/cpr.h"
#include "core/util/error.h"
#include "core/util/sha256.h"
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
