// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/import/import_report.h"
#include "core/import/word_import.h"
#include "core/util/error.h"
#include "core/util/json_text.h"
#include "core/util/normalize.h"

namespace opfolg::cli {

void add_import(CLI::App& app, Context& ctx) {
    struct Options {
        SetupPaths setup;
        importer::Options run;
        int year = 0;
        std::string out, format = "text";
        std::vector<std::string> inputs;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "import", "Læs Word-planer ind i projektmapper / import Word plans into workbooks");
    cmd->add_option("--department", opt->run.department,
                    "afdelingens navn (ét dokument) / department name (one document)");
    cmd->add_option("--institution", opt->run.institution,
                    "institutionens navn / institution name");
    cmd->add_option("--year", opt->year, "planår / plan year")->check(CLI::Range(2000, 2100));
    cmd->add_flag("--force", opt->run.force,
                  "overskriv eksisterende projektmapper / overwrite existing workbooks");
    cmd->add_option("-o,--output", opt->out,
                    "mappe eller projektmappe (.xlsx) der skal skrives / folder or workbook")
        ->required();
    add_format_option(*cmd, opt->format);
    add_setup_options(*cmd, opt->setup);
    cmd->add_option("PLAN.docx", opt->inputs, "Word-dokumenter eller mapper / documents or folders")
        ->required();
    cmd->callback([opt, &ctx] {
        auto documents = importer::collect_documents(input_paths(opt->inputs));
        auto output = path_from_utf8(opt->out);
        // Usage errors before anything is read: one workbook cannot hold several documents, and
        // one department name cannot name several.
        bool one_file = fold_case(path_utf8(output.extension())) == ".xlsx";
        if (documents.size() > 1 && one_file) {
            std::cerr << (ctx.lang == Lang::da
                              ? "opfolg: flere dokumenter skal skrives til en mappe (-o MAPPE)\n"
                              : "opfolg: several documents need a folder (-o FOLDER)\n");
            ctx.exit_code = exit_usage;
            return;
        }
        if (documents.size() > 1 && !opt->run.department.empty()) {
            std::cerr << (ctx.lang == Lang::da
                              ? "opfolg: --department gælder ét dokument ad gangen\n"
                              : "opfolg: --department names the department of one document\n");
            ctx.exit_code = exit_usage;
            return;
        }
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        if (opt->year) opt->run.year = opt->year;
        try {
            auto result = importer::import_documents(documents, output, setup->schema,
                                                     setup->catalogue, opt->run);
            if (opt->format == "json")
                std::cout << json_text(importer::import_json(result)) << "\n";
            else
                importer::import_text(result, ctx.lang, std::cout);
            bool exists = false;
            for (const auto& f : result.files) {
                if (f.error) std::cerr << "opfolg: " << f.error->in(ctx.lang) << "\n";
                exists = exists || f.error_code == error_code_name(ErrorCode::output_exists);
            }
            if (exists) print_force_hint(ctx);
            ctx.exit_code = result.exit_code();
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli
