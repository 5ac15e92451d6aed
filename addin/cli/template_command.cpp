// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/util/error.h"
#include "core/workbook_template/template_writer.h"

namespace opfolg::cli {

void add_template(CLI::App& app, Context& ctx) {
    struct Options {
        std::string department, institution, out;
        SetupPaths setup;
        int year = 0;
        std::size_t rows = tmpl::TemplateOptions{}.empty_rows;
        bool force = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("template",
                                   "Lav en skabelon til en afdeling / make a department template");
    cmd->add_option("--department", opt->department, "afdelingens navn / department name")
        ->required();
    cmd->add_option("--year", opt->year, "planår / plan year")
        ->required()
        ->check(CLI::Range(2000, 2100));
    cmd->add_option("--institution", opt->institution, "institutionens navn / institution name");
    // The sheets are protected, so a table cannot grow in Excel: the rows are made here.
    cmd->add_option("--rows", opt->rows,
                    "rækker pr. tabel (standard 40) / rows per table (default 40)")
        ->check(CLI::Range(1, 1000));
    add_setup_options(*cmd, opt->setup);
    cmd->add_option("-o,--output", opt->out, "projektmappe der skal skrives (.xlsx)")->required();
    add_force_option(*cmd, opt->force);
    cmd->callback([opt, &ctx] {
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        try {
            tmpl::TemplateOptions options{opt->department, opt->year, opt->institution};
            options.existing = existing_from(opt->force);
            options.empty_rows = opt->rows;
            tmpl::write_template(setup->schema, options, path_from_utf8(opt->out));
            std::cout << (ctx.lang == Lang::da ? "Skabelon skrevet: " : "Template written: ")
                      << opt->out << "\n";
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli
