// SPDX-License-Identifier: MIT
#include "core/publish/page.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "core/consolidate/public_content.h"
#include "core/indicators/deltas_format.h"
#include "core/publish/chart.h"
#include "core/publish/figures.h"
#include "core/publish/html.h"
#include "core/util/date.h"
#include "core/util/normalize.h"
#include "core/version.h"

namespace opfolg::publish {

namespace {

using indicators::Delta;
using indicators::Unit;

// Markup is written literally; every text that did not come from this file goes through t()
// (element content) or a() (attribute values).
std::string t(std::string_view s) { return html_text(s); }
std::string a(std::string_view s) { return html_attr(s); }

const char* const months[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                              "juli",   "august",  "september", "oktober", "november", "december"};

// "3. november 2025", as Danish public documents date themselves.
std::string long_date(const Date& d) {
    return fmt::format("{}. {} {}", d.day, months[(d.month + 11) % 12], d.year);
}

Date utc_date(std::time_t when) {
    std::tm tm{};
#if defined(_WIN32)
    gmtime_s(&tm, &when);
#else
    gmtime_r(&when, &tm);
#endif
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// "1 indsats", "4 indsatser".
std::string count(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

// A figure that is missing is said to be missing, not left blank: a blank reads as zero.
const char* const missing =
    "<span aria-hidden=\"true\">–</span><span class=\"vh\">ikke oplyst</span>";

struct Action {
    const plan::Row* row;
    std::string theme, theme_key, sheet;
};

struct Theme {
    std::string name;
    std::vector<const plan::Row*> rows;
};

struct Department {
    const validate::FileReport* file;
    std::size_t index;  // the file's place: breaks ties between equal names
    std::string name, key;
    std::vector<Theme> themes;
    std::size_t actions = 0;
};

std::vector<Department> departments_of(const consolidate::Result& r,
                                       const schema::SheetSchema* ps) {
    std::vector<Department> out;
    auto theme_field = ps ? ps->field_index("theme") : std::nullopt;
    for (std::size_t i = 0; i < r.report.files.size(); ++i) {
        const auto& file = r.report.files[i];
        if (!file.workbook || !consolidate::included(r, file)) continue;
        Department d{&file,
                     i,
                     file.workbook->meta.department.text,
                     fold_case(file.workbook->meta.department.text),
                     {},
                     0};
        std::vector<Action> actions;
        for (const auto* table : file.workbook->tables_of("plan"))
            for (const auto& row : table->rows) {
                std::string theme = theme_field ? row.fields[*theme_field].text : std::string();
                actions.push_back({&row, theme, fold_case(theme), table->sheet});
            }
        // Themes in alphabetical order and actions in the order the department wrote them: the
        // order of the board workbook, so the page and the workbook read alike.
        std::stable_sort(actions.begin(), actions.end(), [](const Action& x, const Action& y) {
            return std::tie(x.theme_key, x.sheet, x.row->row) <
                   std::tie(y.theme_key, y.sheet, y.row->row);
        });
        for (const auto& act : actions) {
            if (d.themes.empty() || fold_case(d.themes.back().name) != act.theme_key)
                d.themes.push_back({act.theme, {}});
            d.themes.back().rows.push_back(act.row);
            ++d.actions;
        }
        out.push_back(std::move(d));
    }
    std::stable_sort(out.begin(), out.end(), [](const Department& x, const Department& y) {
        return std::tie(x.key, x.index) < std::tie(y.key, y.index);
    });
    return out;
}

// The text of a plan field as the page shows it: a date as Danish readers write it, else the
// text as the department wrote it.
std::string field_text(const plan::FieldValue& v, const schema::Field& field) {
    if (field.type == schema::FieldType::date)
        if (const auto* dt = std::get_if<xlsx::DateTime>(&v.value))
            return long_date(date_from_serial(dt->serial));
    return v.text;
}

int decimals_of(const Delta& d) {
    return shared_decimals(
        {d.value, d.previous_value, d.national, d.delta, d.diff_national, d.target});
}

// A department's indicators under one unit, charted together.
struct UnitGroup {
    Unit unit;
    const char* name;
    std::vector<const Delta*> deltas;
};

std::vector<UnitGroup> unit_groups(const std::vector<const Delta*>& deltas) {
    std::vector<UnitGroup> groups = {{Unit::percent, "Indikatorer i procent", {}},
                                     {Unit::score5, "Indikatorer på skalaen 1–5", {}},
                                     {Unit::score10, "Indikatorer på skalaen 1–10", {}},
                                     {Unit::count, "Indikatorer i antal", {}},
                                     {Unit::unknown, "Øvrige indikatorer", {}}};
    for (const auto* d : deltas)
        for (auto& g : groups)
            if (g.unit == d->series.unit) g.deltas.push_back(d);
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const UnitGroup& g) { return g.deltas.empty(); }),
                 groups.end());
    return groups;
}

std::string indicator_name(const Delta& d, const std::string& department) {
    const auto& s = d.series;
    if (s.group.empty() || s.group == department) return s.name();
    return s.name() + " – " + s.group;
}

class Page {
  public:
    Page(const consolidate::Result& r, const schema::Schema& schema, const PageInfo& info)
        : r_(r), schema_(schema), info_(info), ps_(schema.sheet("plan")) {}

    std::string render() {
        auto departments = departments_of(r_, ps_);
        std::string title = !info_.title.empty() ? info_.title
                            : r_.year            ? fmt::format("Opfølgningsplan {}", r_.year)
                                                 : std::string("Opfølgningsplan");
        std::string head_title = r_.institution.empty() ? title : title + " – " + r_.institution;
        Date made = utc_date(info_.made);

        out_ += "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n";
        out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out_ += fmt::format("<meta name=\"generator\" content=\"Opfølg {}\">\n", opfolg::version);
        out_ += "<title>" + t(head_title) + "</title>\n";
        // For the school's website and search engines: what the page is, in one line.
        out_ += "<meta name=\"description\" content=\"" +
                a(head_title + ": afdelingernes indsatser og indikatorer") + "\">\n";
        out_ += "<style>\n" + page_style() + "</style>\n</head>\n<body>\n";
        out_ += "<a class=\"skip\" href=\"#indhold\">Gå til indholdet</a>\n";

        // Masthead: who, what, when.
        out_ += "<header class=\"masthead\"><div class=\"wrap\">\n";
        if (!r_.institution.empty())
            out_ += "<p class=\"institution\">" + t(r_.institution) + "</p>\n";
        out_ += "<h1>" + t(title) + "</h1>\n";
        out_ += fmt::format(
            "<p class=\"meta\">Offentlig version · Dato: <time datetime=\"{}\">{}</time></p>\n",
            iso(made), long_date(made));
        std::size_t actions = 0;
        for (const auto& d : departments) actions += d.actions;
        const std::size_t indicators = indicator_count();
        out_ += fmt::format(
            "<p class=\"lede\">Planen samler {}{} fra {}: hvad resultaterne viser, hvad der "
            "skal ændres, og hvordan effekten følges.</p>\n",
            count(actions, "indsats", "indsatser"),
            indicators ? " og " + count(indicators, "indikator", "indikatorer") : "",
            count(departments.size(), "afdeling", "afdelinger"));
        out_ += "</div></header>\n";

        toc(departments);
        out_ += "<main id=\"indhold\" class=\"wrap\">\n";
        for (std::size_t i = 0; i < departments.size(); ++i) department(departments[i], i + 1);
        sources(departments, made);
        out_ += "</main>\n";
        out_ += fmt::format(
            "<footer class=\"wrap\"><p>{} · Udgivet med Opfølg {} den {}.</p></footer>\n",
            t(head_title), opfolg::version, long_date(made));
        out_ += "</body>\n</html>\n";
        return std::move(out_);
    }

  private:
    std::size_t indicator_count() const {
        std::size_t n = 0;
        for (const auto& f : r_.report.files)
            if (f.workbook && consolidate::included(r_, f)) n += f.deltas.size();
        return n;
    }

    // "4 indsatser i 3 temaer · 4 indikatorer"; a count of none is left out.
    static std::string summary(const Department& d, const char* separator) {
        std::string out = count(d.actions, "indsats", "indsatser");
        if (d.themes.size() > 1) out += " i " + count(d.themes.size(), "tema", "temaer");
        if (!d.file->deltas.empty())
            out += separator + count(d.file->deltas.size(), "indikator", "indikatorer");
        return out;
    }

    void toc(const std::vector<Department>& departments) {
        out_ +=
            "<nav class=\"toc wrap\" aria-labelledby=\"toc-h\">\n"
            "<h2 id=\"toc-h\">Indhold</h2>\n<ol>\n";
        for (std::size_t i = 0; i < departments.size(); ++i) {
            const auto& d = departments[i];
            out_ += fmt::format(
                "<li><a href=\"#afd-{}\">{}</a> <span class=\"count\">– {}</span></li>\n", i + 1,
                t(d.name), summary(d, ", "));
        }
        out_ += "<li><a href=\"#kilder\">Om planen og tallene</a></li>\n</ol>\n</nav>\n";
    }

    void department(const Department& d, std::size_t n) {
        const std::string id = fmt::format("afd-{}", n);
        out_ += fmt::format("<section class=\"department\" id=\"{}\">\n", id);
        out_ += "<h2>" + t(d.name) + "</h2>\n";
        out_ += "<p class=\"summary\">" + summary(d, " · ") + "</p>\n";
        std::size_t action_no = 0;
        for (std::size_t k = 0; k < d.themes.size(); ++k) {
            const auto& theme = d.themes[k];
            out_ += "<section class=\"theme\">\n";
            out_ += "<h3>" + t(theme.name.empty() ? "Indsatser uden tema" : theme.name) + "</h3>\n";
            for (const auto* row : theme.rows) action(*row, ++action_no);
            out_ += "</section>\n";
        }
        if (!d.file->deltas.empty()) indicators(d, id);
        out_ += "</section>\n";
    }

    // One action as a table of its public fields: field names as row headers, so the table
    // reflows to any width (WCAG 1.4.10) and a screen reader announces each field with its name.
    void action(const plan::Row& row, std::size_t n) {
        if (!ps_) return;
        auto id_field = ps_->field_index("id");
        auto theme_field = ps_->field_index("theme");
        std::string caption = id_field && !row.fields[*id_field].empty()
                                  ? "Indsats " + row.fields[*id_field].text
                                  : fmt::format("Indsats {}", n);
        out_ += "<table class=\"action\">\n<caption>" + t(caption) + "</caption>\n<tbody>\n";
        for (std::size_t i = 0; i < ps_->fields.size() && i < row.fields.size(); ++i) {
            const auto& field = ps_->fields[i];
            // Internal fields (Ansvarlig) are left out as in the public board workbook; the
            // theme is the heading above, the ID the caption.
            if (!consolidate::is_public_field(field) || i == theme_field || i == id_field) continue;
            const auto& v = row.fields[i];
            if (v.empty()) continue;
            out_ += "<tr><th scope=\"row\">" + t(field.title) + "</th><td>" +
                    t(field_text(v, field)) + "</td></tr>\n";
        }
        out_ += "</tbody>\n</table>\n";
    }

    void indicators(const Department& d, const std::string& id) {
        std::vector<const Delta*> deltas;
        for (const auto& delta : d.file->deltas) deltas.push_back(&delta);
        bool groups = std::any_of(deltas.begin(), deltas.end(), [&](const Delta* x) {
            return !x->series.group.empty() && x->series.group != d.name;
        });
        bool targets = std::any_of(deltas.begin(), deltas.end(),
                                   [](const Delta* x) { return x->target.has_value(); });
        out_ += "<section class=\"indicators\">\n<h3>Indikatorer</h3>\n";
        out_ += fmt::format(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
            "aria-labelledby=\"{0}-ind\">\n<table class=\"indicators\">\n"
            "<caption id=\"{0}-ind\">Indikatorer for {1}: seneste resultat, udviklingen fra året "
            "før og forskellen til landsplan</caption>\n<thead><tr><th "
            "scope=\"col\">Indikator</th>",
            id, t(d.name));
        if (groups) out_ += "<th scope=\"col\">Uddannelse/<wbr>område</th>";
        out_ +=
            "<th scope=\"col\">År</th><th scope=\"col\">Resultat</th>"
            "<th scope=\"col\">Året før</th><th scope=\"col\">Udvikling</th>"
            "<th scope=\"col\">Lands&shy;plan</th><th scope=\"col\">Forskel til "
            "lands&shy;plan</th>";
        if (targets) out_ += "<th scope=\"col\">Mål</th>";
        out_ += "</tr></thead>\n<tbody>\n";
        for (const auto* x : deltas) indicator_row(*x, groups, targets);
        out_ += "</tbody>\n</table>\n</div>\n";
        for (const auto& g : unit_groups(deltas)) chart(d, g);
        out_ += "</section>\n";
    }

    void indicator_row(const Delta& d, bool groups, bool targets) {
        const Unit u = d.series.unit;
        const int dec = decimals_of(d);
        out_ += "<tr><th scope=\"row\">" + t(d.series.name()) + "</th>";
        if (groups) out_ += "<td>" + t(d.series.group) + "</td>";
        out_ += fmt::format("<td class=\"num\">{}</td>", d.year);
        out_ += "<td class=\"num\">" + t(figure_text(d.value, dec, u)) + "</td>";
        if (d.previous_value && d.previous_year)
            out_ += "<td class=\"num\">" + t(figure_text(*d.previous_value, dec, u)) +
                    fmt::format(" <span class=\"year\">({})</span></td>", *d.previous_year);
        else
            out_ += std::string("<td>") + missing + "</td>";
        // The change and the difference in figures and in words: the words say whether it is
        // better or worse for this indicator's polarity, so colour is never the only cue
        // (WCAG 1.4.1).
        if (d.delta) {
            out_ += "<td><span class=\"num\">" + t(change_text(*d.delta, dec, u)) + "</span>";
            if (d.assessment) {
                const char* cls = *d.assessment == indicators::Assessment::improved   ? "better"
                                  : *d.assessment == indicators::Assessment::worsened ? "worse"
                                                                                      : "same";
                out_ += fmt::format("<span class=\"word {}\">{}</span>", cls,
                                    t(indicators::assessment_text(*d.assessment, Lang::da)));
            }
            if (d.trend)
                out_ += "<span class=\"trend\">tendens: " +
                        t(indicators::trend_text(*d.trend, Lang::da)) + "</span>";
            out_ += "</td>";
        } else {
            out_ += std::string("<td>") + missing + "</td>";
        }
        if (d.national)
            out_ += "<td class=\"num\">" + t(figure_text(*d.national, dec, u)) + "</td>";
        else
            out_ += std::string("<td>") + missing + "</td>";
        if (d.diff_national) {
            out_ +=
                "<td><span class=\"num\">" + t(change_text(*d.diff_national, dec, u)) + "</span>";
            if (d.vs_national) {
                const char* cls = *d.vs_national == indicators::VsNational::better  ? "better"
                                  : *d.vs_national == indicators::VsNational::worse ? "worse"
                                                                                    : "same";
                out_ += fmt::format("<span class=\"word {}\">{}</span>", cls,
                                    t(indicators::vs_national_text(*d.vs_national, Lang::da)));
            }
            out_ += "</td>";
        } else {
            out_ += std::string("<td>") + missing + "</td>";
        }
        if (targets) {
            if (d.target) {
                out_ += "<td><span class=\"num\">" + t(figure_text(*d.target, dec, u)) + "</span>";
                if (d.target_met)
                    out_ += fmt::format("<span class=\"word {}\">{}</span>",
                                        *d.target_met ? "better" : "worse",
                                        *d.target_met ? "nået" : "ikke nået");
                out_ += "</td>";
            } else {
                out_ += std::string("<td>") + missing + "</td>";
            }
        }
        out_ += "</tr>\n";
    }

    // A chart and, beside it, a table of exactly its figures (WCAG 1.1.1: the table is the
    // chart's full text alternative; the chart's own name says where it is).
    void chart(const Department& d, const UnitGroup& g) {
        const std::size_t n = ++figures_;
        BarChart c;
        c.id = fmt::format("fig-{}", n);
        c.unit = g.unit;
        c.title = fmt::format("Figur {}: {} for {}", n, g.name, d.name);
        c.description = fmt::format(
            "Søjlediagram over {}: seneste år og året før, med landsplan. Tallene står i "
            "tabellen ved siden af diagrammet.",
            count(g.deltas.size(), "indikator", "indikatorer"));
        for (const auto* x : g.deltas) {
            ChartRow row;
            row.label = indicator_name(*x, d.name);
            row.year = x->year;
            row.value = x->value;
            row.previous_year = x->previous_year;
            row.previous = x->previous_year ? x->previous_value : std::nullopt;
            row.national = x->national;
            row.decimals = decimals_of(*x);
            c.rows.push_back(row);
        }
        out_ += "<figure class=\"chart\">\n";
        out_ += fmt::format(
            "<figcaption id=\"{}-cap\"><span class=\"figno\">Figur {}.</span> {} for {}: seneste "
            "år, året før og landsplan</figcaption>\n",
            c.id, n, t(g.name), t(d.name));
        out_ += "<div class=\"chart-body\">\n<div class=\"chart-graphic\">\n";
        // Two drawings of one chart; the style sheet shows the one that fits the width.
        out_ += bar_chart_legend(c) + "\n<div class=\"chart-wide\">" +
                bar_chart_svg(c, ChartLayout::wide) + "</div>\n<div class=\"chart-narrow\">" +
                bar_chart_svg(c, ChartLayout::narrow) + "</div>\n</div>\n";
        out_ += fmt::format(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
            "aria-labelledby=\"{0}-data\">\n<table class=\"chart-data\">\n"
            "<caption id=\"{0}-data\">Tallene i figur {1}</caption>\n"
            "<thead><tr><th scope=\"col\">Indikator</th><th scope=\"col\">Seneste år</th>"
            "<th scope=\"col\">Året før</th><th scope=\"col\">Lands&shy;plan</th></tr></thead>\n"
            "<tbody>\n",
            c.id, n);
        for (const auto& row : c.rows) {
            out_ += "<tr><th scope=\"row\">" + t(row.label) + "</th>";
            out_ += "<td>" + t(figure_text(row.value, row.decimals, c.unit)) +
                    fmt::format(" <span class=\"year\">({})</span></td>", row.year);
            if (row.previous)
                out_ += "<td>" + t(figure_text(*row.previous, row.decimals, c.unit)) +
                        fmt::format(" <span class=\"year\">({})</span></td>", *row.previous_year);
            else
                out_ += std::string("<td>") + missing + "</td>";
            if (row.national)
                out_ += "<td>" + t(figure_text(*row.national, row.decimals, c.unit)) + "</td>";
            else
                out_ += std::string("<td>") + missing + "</td>";
            out_ += "</tr>\n";
        }
        out_ += "</tbody>\n</table>\n</div>\n</div>\n</figure>\n";
    }

    void sources(const std::vector<Department>& departments, const Date& made) {
        out_ += "<section class=\"sources\" id=\"kilder\">\n<h2>Om planen og tallene</h2>\n";
        if (info_.from_board)
            out_ += fmt::format(
                "<p>Siden er lavet ud fra den samlede opfølgningsplan til bestyrelsen med "
                "{}.</p>\n",
                count(departments.size(), "afdeling", "afdelinger"));
        else
            out_ += departments.size() == 1
                        ? std::string(
                              "<p>Siden er samlet fra én afdelings projektmappe med dens "
                              "opfølgningsplan og indikatorer.</p>\n")
                        : fmt::format(
                              "<p>Siden er samlet fra {} afdelingers projektmapper med "
                              "deres opfølgningsplan og indikatorer.</p>\n",
                              departments.size());
        // Which fields stay with the school is the schema's word, so it is read from there.
        std::vector<std::string> internal;
        for (const auto& f : schema_.metadata.fields)
            if (!consolidate::is_public_field(f)) internal.push_back(f.title);
        if (ps_)
            for (const auto& f : ps_->fields)
                if (!consolidate::is_public_field(f)) internal.push_back(f.title);
        std::string list;
        for (std::size_t i = 0; i < internal.size(); ++i)
            list += (i == 0 ? "" : i + 1 == internal.size() ? " og " : ", ") + t(internal[i]);
        out_ += "<p>Dette er den offentlige version. Interne oplysninger er udeladt";
        if (!list.empty()) out_ += " (" + list + ")";
        out_ +=
            ", og det samme gælder filnavne og skolens egen kvalitetskontrol af "
            "projektmapperne.</p>\n";
        out_ +=
            "<p>Indikatorerne er afdelingernes egne tal, som de står i deres projektmapper, "
            "og landsplan er det tal for hele landet, som afdelingen har opgivet for samme "
            "år. Udviklingen er forskellen til året før: i procentpoint for procenter og i "
            "point for scorer. Om en udvikling er en forbedring eller en forværring, afhænger "
            "af indikatoren – for frafald er et lavere tal bedst, for trivsel et højere.</p>\n";
        out_ +=
            "<p>Et felt med en streg (–) betyder, at tallet ikke er oplyst, fx fordi "
            "landstal ikke offentliggøres for grupper med færre end fem personer. Der er "
            "ikke regnet nogen udvikling eller forskel ud fra et tal, der mangler.</p>\n";
        out_ += fmt::format("<p>Dato: {}.</p>\n</section>\n", long_date(made));
    }

    const consolidate::Result& r_;
    const schema::Schema& schema_;
    const PageInfo& info_;
    const schema::SheetSchema* ps_;
    std::string out_;
    std::size_t figures_ = 0;
};

}  // namespace

std::string render_page(const consolidate::Result& r, const schema::Schema& schema,
                        const PageInfo& info) {
    return Page(r, schema, info).render();
}

}  // namespace opfolg::publish
