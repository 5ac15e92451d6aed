// SPDX-License-Identifier: MIT
// The platform layer (file replacement, temporary names, where the schema lives) and the worker
// pool that validates files side by side.
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <clocale>
#include <set>
#include <stdexcept>
#include <vector>

#include "core/platform/files.h"
#include "core/platform/messages.h"
#include "core/platform/resources.h"
#include "core/util/error.h"
#include "core/util/parallel.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

BOOST_AUTO_TEST_SUITE(platform_files)

BOOST_AUTO_TEST_CASE(replaces_a_file_in_one_step) {
    t::TempDir d;
    t::write_bytes(d / "ny.tmp", "ny version");
    t::write_bytes(d / "plan.xlsx", "gammel version");
    platform::replace_file(d / "ny.tmp", d / "plan.xlsx");
    BOOST_TEST(t::read_bytes(d / "plan.xlsx") == "ny version");
    BOOST_TEST(!std::filesystem::exists(d / "ny.tmp"));
}

BOOST_AUTO_TEST_CASE(leaves_the_target_untouched_when_it_cannot_be_replaced) {
    t::TempDir d;
    t::write_bytes(d / "ny.tmp", "ny version");
    std::filesystem::create_directories(d / "plan.xlsx" / "indhold");  // a folder in the way
    try {
        platform::replace_file(d / "ny.tmp", d / "plan.xlsx");
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::io));
        BOOST_TEST(e.file() == d / "plan.xlsx");
        BOOST_TEST(e.describe(Lang::en).find("cannot save the file") != std::string::npos);
    }
    BOOST_TEST(std::filesystem::is_directory(d / "plan.xlsx" / "indhold"));
    BOOST_TEST(!std::filesystem::exists(d / "ny.tmp"));  // no scratch file left behind
}

BOOST_AUTO_TEST_CASE(names_temporary_files_beside_the_target_and_never_twice) {
    t::TempDir d;
    std::set<std::filesystem::path> names;
    for (int i = 0; i < 200; ++i) {
        auto p = platform::temp_path_beside(d / "plan.xlsx");
        BOOST_TEST(p.parent_path() == d.path());
        BOOST_TEST(p.filename().string().rfind(".~opfolg-", 0) == 0u);
        names.insert(p);
    }
    BOOST_TEST(names.size() == 200u);
    BOOST_TEST(platform::temp_path_beside("plan.xlsx").parent_path().empty());
}

BOOST_AUTO_TEST_CASE(finds_the_schema_where_the_environment_says_else_beside_the_sources) {
    {
        t::ScopedEnv env("OPFOLG_TEMPLATES_DIR", "/et/andet/sted");
        BOOST_TEST(platform::templates_dir() == "/et/andet/sted");
    }
    t::ScopedEnv unset("OPFOLG_TEMPLATES_DIR", nullptr);
    // A test binary is not installed: no share/opfolg beside it, so the source tree's folder.
    BOOST_TEST(std::filesystem::exists(platform::templates_dir() / "plan-schema.json"));
    BOOST_TEST(std::filesystem::equivalent(platform::templates_dir(), OPFOLG_TEMPLATES_DIR));
    BOOST_TEST(platform::executable_path().stem() == "opfolg_unit_tests");
}

#if !defined(_WIN32) && !defined(__APPLE__)
// GTK's own texts (OK, Annullér) follow the C library's gettext: LANGUAGE and LC_MESSAGES, in a
// UTF-8 LC_CTYPE. C.UTF-8 is built into glibc, so Danish is always possible here.
BOOST_AUTO_TEST_CASE(makes_the_system_libraries_speak_the_apps_language) {
    const std::string ctype = std::setlocale(LC_CTYPE, nullptr);
    const std::string messages = std::setlocale(LC_MESSAGES, nullptr);
    t::ScopedEnv language("LANGUAGE", nullptr);

    BOOST_TEST(platform::set_system_message_language("da"));
    BOOST_TEST(std::string(std::getenv("LANGUAGE")) == "da");
    const std::string da = std::setlocale(LC_MESSAGES, nullptr);
    BOOST_TEST((da == "da_DK.UTF-8" || da == "da_DK.utf8" || da == "C.UTF-8" || da == "C.utf8"),
               da);
    const std::string utf8 = std::setlocale(LC_CTYPE, nullptr);
    BOOST_TEST((utf8 == "C.UTF-8" || utf8 == "C.utf8"), utf8);

    BOOST_TEST(platform::set_system_message_language("en"));
    BOOST_TEST(std::string(std::getenv("LANGUAGE")) == "en");
    BOOST_TEST(std::string(std::setlocale(LC_MESSAGES, nullptr)) == "C");

    std::setlocale(LC_CTYPE, ctype.c_str());
    std::setlocale(LC_MESSAGES, messages.c_str());
}
#endif

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(worker_pool)

BOOST_AUTO_TEST_CASE(runs_every_task_once_and_reports_progress_in_order) {
    for (unsigned threads : {1u, 4u}) {
        std::vector<int> slots(50, 0);
        std::vector<std::size_t> progress;
        parallel_for(
            slots.size(), threads, [&](std::size_t i) { slots[i] += static_cast<int>(i); },
            [&](std::size_t done) { progress.push_back(done); }, {});
        for (std::size_t i = 0; i < slots.size(); ++i) BOOST_TEST(slots[i] == static_cast<int>(i));
        BOOST_TEST_REQUIRE(!progress.empty());
        BOOST_TEST(progress.back() == slots.size());
        BOOST_TEST(std::is_sorted(progress.begin(), progress.end()));
    }
    BOOST_TEST(worker_threads() >= 1u);
    BOOST_TEST(worker_threads() <= 8u);
}

BOOST_AUTO_TEST_CASE(rethrows_the_first_failure_and_starts_nothing_after_it) {
    std::atomic<std::size_t> started{0};
    BOOST_CHECK_THROW(parallel_for(1000, 1,
                                   [&](std::size_t i) {
                                       ++started;
                                       if (i == 3) throw std::runtime_error("fil 3 kan ikke læses");
                                   },
                                   {}, {}),
                      std::runtime_error);
    BOOST_TEST(started.load() == 4u);  // one thread: tasks 0–3, then nothing
}

BOOST_AUTO_TEST_CASE(stops_starting_tasks_when_asked) {
    std::atomic<std::size_t> started{0};
    parallel_for(
        1000, 2, [&](std::size_t) { ++started; }, {}, [&] { return started.load() >= 10; });
    BOOST_TEST(started.load() >= 10u);
    BOOST_TEST(started.load() < 1000u);
}

BOOST_AUTO_TEST_CASE(does_nothing_for_no_tasks) {
    bool called = false;
    parallel_for(
        0, 4, [&](std::size_t) { called = true; }, [&](std::size_t) { called = true; }, {});
    BOOST_TEST(!called);
}

BOOST_AUTO_TEST_SUITE_END()
