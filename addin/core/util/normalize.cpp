// SPDX-License-Identifier: MIT
#include "core/util/normalize.h"

#include <algorithm>
#include <vector>

namespace opfolg {

namespace {

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes come out as U+FFFD.
char32_t next_cp(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(len);
    return cp;
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2007 ||
           cp == 0x202F;
}

}  // namespace

namespace {

// Hands the header key of `text` to `out` a piece at a time (one letter or digit, or the two
// letters a Danish or German letter folds to); stops early when `out` returns false.
template <class Out>
bool for_each_key_piece(std::string_view text, Out&& out) {
    for (std::size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {  // most header text is ASCII: no decoding needed
            ++i;
            if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b - 'A' + 'a');
            if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                const char c = static_cast<char>(b);
                if (!out(std::string_view(&c, 1))) return false;
            }
            continue;
        }
        const char* piece = nullptr;
        switch (next_cp(text, i)) {
            case U'æ':
            case U'Æ':
            case U'ä':
            case U'Ä':
                piece = "ae";
                break;
            case U'ø':
            case U'Ø':
            case U'ö':
            case U'Ö':
                piece = "oe";
                break;
            case U'å':
            case U'Å':
                piece = "aa";
                break;
            case U'é':
            case U'É':
            case U'è':
            case U'È':
            case U'ê':
                piece = "e";
                break;
            case U'ü':
            case U'Ü':
                piece = "ue";
                break;
            default:
                break;  // spaces, punctuation, symbols
        }
        if (piece && !out(std::string_view(piece))) return false;
    }
    return true;
}

}  // namespace

std::string header_key(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_key_piece(text, [&](std::string_view piece) {
        out.append(piece);
        return true;
    });
    return out;
}

std::optional<std::size_t> header_key_prefix(std::string_view text, std::string_view key) {
    std::size_t at = 0;
    bool prefix = for_each_key_piece(text, [&](std::string_view piece) {
        if (key.substr(at, piece.size()) != piece) return false;
        at += piece.size();
        return true;
    });
    if (!prefix) return std::nullopt;
    return at;
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending = false;
    for (std::size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80 && !is_space(b)) {
            if (pending) out.push_back(' ');
            pending = false;
            out.push_back(static_cast<char>(b));
            ++i;
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_cp(text, i);
        if (is_space(cp)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out.push_back(' ');
        pending = false;
        out.append(text.substr(start, i - start));
    }
    return out;
}

std::string trim(std::string_view text) {
    std::size_t b = 0, e = text.size();
    auto space_at = [&](std::size_t i, std::size_t& len) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            len = 1;
            return true;
        }
        if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
            static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            len = 2;
            return true;
        }
        return false;
    };
    std::size_t len = 0;
    while (b < e && space_at(b, len)) b += len;
    while (e > b) {
        if (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' ||
            text[e - 1] == '\r') {
            --e;
            continue;
        }
        if (e >= b + 2 && static_cast<unsigned char>(text[e - 2]) == 0xC2 &&
            static_cast<unsigned char>(text[e - 1]) == 0xA0) {
            e -= 2;
            continue;
        }
        break;
    }
    return std::string(text.substr(b, e - b));
}

std::string fold_case(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = next_cp(text, i);
        if (cp >= 'A' && cp <= 'Z')
            cp = cp - 'A' + 'a';
        else if (cp == U'Æ')
            cp = U'æ';
        else if (cp == U'Ø')
            cp = U'ø';
        else if (cp == U'Å')
            cp = U'å';
        append_utf8(out, cp);
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<char32_t> x, y;
    for (std::size_t i = 0; i < a.size();) x.push_back(next_cp(a, i));
    for (std::size_t i = 0; i < b.size();) y.push_back(next_cp(b, i));
    std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j)
            cur[j] = std::min<std::size_t>(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0u : 1u)});
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

}  // namespace opfolg
