// SPDX-License-Identifier: MIT
#include "cli/setup.h"

#include <iostream>

#include "core/platform/resources.h"
#include "core/util/error.h"

namespace opfolg::cli {

std::vector<std::filesystem::path> input_paths(const std::vector<std::string>& args) {
    std::vector<std::filesystem::path> paths;
    for (const auto& a : args) paths.push_back(path_from_utf8(a));
    return paths;
}

void add_setup_options(CLI::App& cmd, SetupPaths& paths) {
    cmd.add_option("--schema", paths.schema, "skemafil / schema file (plan-schema.json)");
    cmd.add_option("--catalogue", paths.catalogue,
                   "indikatorkatalog / indicator catalogue (indicator-catalogue.json)");
}

void add_format_option(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format, "text | json")->check(CLI::IsMember({"text", "json"}));
}

void add_inputs_argument(CLI::App& cmd, std::vector<std::string>& inputs) {
    cmd.add_option("FILE|DIR", inputs, "projektmapper eller mapper / workbooks or folders")
        ->required();
}

void add_force_option(CLI::App& cmd, bool& force) {
    cmd.add_flag("--force", force,
                 "erstat en eksisterende uddatafil / replace an existing output file");
}

void print_force_hint(const Context& ctx) {
    std::cerr << (ctx.lang == Lang::da
                      ? "opfolg: vælg et andet filnavn, eller brug --force for at erstatte den\n"
                      : "opfolg: choose another file name, or use --force to replace it\n");
}

void print_error(const Error& e, Context& ctx) {
    std::cerr << "opfolg: " << e.describe(ctx.lang) << "\n";
    if (e.code() == ErrorCode::output_exists) print_force_hint(ctx);
    ctx.exit_code = exit_unreadable;
}

std::optional<Setup> load_setup(const SetupPaths& paths, Context& ctx) {
    try {
        auto dir = platform::templates_dir();
        auto schema = schema::load_schema(paths.schema.empty() ? dir / "plan-schema.json"
                                                               : path_from_utf8(paths.schema));
        auto catalogue =
            indicators::Catalogue::load(paths.catalogue.empty() ? dir / "indicator-catalogue.json"
                                                                : path_from_utf8(paths.catalogue));
        return Setup{std::move(schema), std::move(catalogue)};
    } catch (const Error& e) {
        print_error(e, ctx);
        return std::nullopt;
    }
}

}  // namespace opfolg::cli
