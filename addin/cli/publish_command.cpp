// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/publish/publish.h"
#include "core/util/error.h"
#include "core/util/plural.h"

namespace opfolg::cli {

void add_publish(CLI::App& app, Context& ctx) {
    struct Options {
        SetupPaths setup;
        publish::Options run;
        int year = 0;
        std::string out;
        std::vector<std::string> inputs;
        bool force = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "publish",
        "Udgiv planen som én tilgængelig webside (HTML) / publish the plan as one accessible "
        "web page");
    cmd->add_option("--institution", opt->run.institution,
                    "institutionens navn / institution name");
    cmd->add_option("--year", opt->year, "planår / plan year")->check(CLI::Range(2000, 2100));
    cmd->add_option("--title", opt->run.title, "sidens overskrift / the page's heading");
    cmd->add_option("-o,--output", opt->out,
                    "websiden der skal skrives / the web page to write (.html)")
        ->required();
    add_force_option(*cmd, opt->force);
    add_setup_options(*cmd, opt->setup);
    cmd->add_option("BOARD.xlsx|DIR|FILE", opt->inputs,
                    "samlet projektmappe, afdelingernes projektmapper eller mapper / board "
                    "workbook, department workbooks or folders")
        ->required();
    cmd->callback([opt, &ctx] {
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        if (opt->year) opt->run.year = opt->year;
        opt->run.existing = existing_from(opt->force);
        bool da = ctx.lang == Lang::da;
        try {
            auto result = publish::publish(input_paths(opt->inputs), path_from_utf8(opt->out),
                                           setup->schema, setup->catalogue, opt->run);
            const auto& content = result.content;
            for (const auto& refusal : content.refusals)
                std::cerr << "opfolg: " << refusal.message.in(ctx.lang) << "\n";
            for (const auto& s : content.sources) {
                std::string name = path_utf8(s.file.filename());
                if (s.status == validate::FileReport::Status::unreadable)
                    std::cerr << "opfolg: " << name << ": " << s.note.in(ctx.lang) << "\n";
                else if (result.from_board)
                    continue;
                else if (s.included && s.errors > 0)
                    // The board workbook's Validering sheet is not part of a page: name the
                    // command that shows the errors.
                    std::cout << name << ": "
                              << (da ? "har fejl; siden viser det, der kunne læses (se opfolg "
                                       "validate)"
                                     : "has errors; the page shows what could be read (see "
                                       "opfolg validate)")
                              << "\n";
                else if (!s.note.da.empty())
                    std::cout << name << ": " << s.note.in(ctx.lang) << "\n";
            }
            for (const auto& s : content.skipped)
                std::cout << path_utf8(s.path.filename()) << ": " << s.reason.in(ctx.lang) << "\n";
            constexpr Noun indicator{"indikator", "indikatorer", "indicator", "indicators"};
            if (result.written)
                std::cout << (da ? "Skrevet: " : "Written: ") << opt->out << " ("
                          << count(result.departments, nouns::department, ctx.lang) << ", "
                          << count(result.rows, nouns::action, ctx.lang) << ", "
                          << count(result.indicators, indicator, ctx.lang) << ")\n";
            else
                std::cerr << (da ? "opfolg: intet skrevet" : "opfolg: nothing written") << "\n";
            ctx.exit_code = result.exit_code();
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli
