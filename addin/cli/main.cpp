// SPDX-License-Identifier: MIT
// opfolg: the command line face of Opfølg. Parses arguments, calls the core, prints; no logic.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/usage.h"
#include "core/platform/console.h"
#include "core/version.h"

int main(int argc, char** argv) {
    using namespace opfolg;
    cli::Context ctx;
    CLI::App app{
        "opfolg – opfølgningsplaner for erhvervsskoler / follow-up plans for vocational schools"};
    app.set_version_flag("--version", std::string("opfolg ") + opfolg::version);
    app.require_subcommand(1);
    // --lang also works after the subcommand: `opfolg validate --lang en …`.
    app.fallthrough();
    std::string lang = "da";
    if (auto env = platform::environment_utf8("OPFOLG_LANG"); !env.empty()) lang = env;
    app.add_option("--lang", lang, "sprog for meddelelser / message language: da | en")
        ->check(CLI::IsMember({"da", "en"}));
    app.parse_complete_callback([&] { parse_lang(lang, ctx.lang); });

    cli::add_consolidate(app, ctx);
    cli::add_publish(app, ctx);
    cli::add_template(app, ctx);
    cli::add_validate(app, ctx);
    cli::add_deltas(app, ctx);
    cli::add_dump(app, ctx);
    cli::add_import(app, ctx);
    cli::add_rollover(app, ctx);

    platform::use_utf8_console();
    const auto args = platform::utf8_arguments(argc, argv);
    std::vector<const char*> arg_ptrs;
    for (const auto& a : args) arg_ptrs.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(arg_ptrs.size()), arg_ptrs.data());
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // The language may be known only once parsing got that far: --lang, then OPFOLG_LANG.
        parse_lang(lang, ctx.lang);
        std::cerr << "opfolg: " << cli::usage_error_text(e, ctx.lang) << "\n"
                  << (ctx.lang == Lang::da ? "Skriv opfolg --help for en vejledning.\n"
                                           : "Run opfolg --help for more information.\n");
        return cli::exit_usage;
    }
    return ctx.exit_code;
}
