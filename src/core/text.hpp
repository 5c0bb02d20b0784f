#pragma once
// Small ASCII text helpers shared by core's parsers (intent, permission, cache component and
// log level names, CDN formats, header names). Private to the library.

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace hikari::detail {

constexpr char ascii_upper(char c) noexcept {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

/// Case-insensitive equality for ASCII names.
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    }
    return true;
}

/// `text` without leading and trailing spaces and tabs.
constexpr std::string_view trim(std::string_view text) noexcept {
    constexpr std::string_view blanks = " \t";
    auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

/// ORs `parse_part(piece)` over the trimmed pieces of a "A | B | C" list.
template <class Flags, class ParsePart>
Flags parse_bar_list(std::string_view text, ParsePart parse_part) {
    Flags result;
    std::size_t start = 0;
    while (true) {
        auto bar = text.find('|', start);
        result |= parse_part(trim(text.substr(start, bar - start)));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return result;
}

/// "A | B | 0x80000000": the names of the set flags in table order, unknown bits in hex,
/// "NONE" when nothing is set. Flags needs empty(), contains() and unknown_bits().
template <class Flags, class Table>
std::string flag_names(Flags flags, const Table& names) {
    if (flags.empty()) return "NONE";
    std::string out;
    auto append = [&out](std::string_view part) {
        if (!out.empty()) out += " | ";
        out += part;
    };
    for (const auto& [name, bit] : names) {
        if (flags.contains(bit)) append(name);
    }
    if (auto rest = flags.unknown_bits()) append(fmt::format("{:#x}", rest.value()));
    return out;
}

}  // namespace hikari::detail
