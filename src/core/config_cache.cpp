// CacheComponents names and CacheSettings validation.

#include "core/text.hpp"

#include <hikari/core/config.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace hikari {

namespace {

using detail::iequals;
using detail::trim;

struct NamedComponent {
    std::string_view name;
    CacheComponents value;
};

// In bit order, which is the order to_string() lists them in.
constexpr std::array components{
    NamedComponent{"GUILDS", CacheComponents::guilds},
    NamedComponent{"GUILD_CHANNELS", CacheComponents::guild_channels},
    NamedComponent{"MEMBERS", CacheComponents::members},
    NamedComponent{"ROLES", CacheComponents::roles},
    NamedComponent{"INVITES", CacheComponents::invites},
    NamedComponent{"EMOJIS", CacheComponents::emojis},
    NamedComponent{"PRESENCES", CacheComponents::presences},
    NamedComponent{"VOICE_STATES", CacheComponents::voice_states},
    NamedComponent{"MESSAGES", CacheComponents::messages},
    NamedComponent{"ME", CacheComponents::me},
    NamedComponent{"DM_CHANNEL_IDS", CacheComponents::dm_channel_ids},
    NamedComponent{"STICKERS", CacheComponents::stickers},
    NamedComponent{"GUILD_THREADS", CacheComponents::guild_threads},
};

std::optional<CacheComponents> find_component(std::string_view name) noexcept {
    if (iequals(name, "NONE")) return CacheComponents::none;
    if (iequals(name, "ALL")) return CacheComponents::all;
    if (iequals(name, "GUILD_STICKERS")) return CacheComponents::stickers;  // hikari's name
    for (const auto& entry : components) {
        if (iequals(name, entry.name)) return entry.value;
    }
    return std::nullopt;
}

std::string valid_names() {
    std::string names = "NONE, ALL";
    for (const auto& entry : components) {
        names += ", ";
        names += entry.name;
    }
    return names;
}

}  // namespace

std::string to_string(CacheComponents value) {
    if (value == CacheComponents::none) return "NONE";
    if (value == CacheComponents::all) return "ALL";
    std::string out;
    for (const auto& entry : components) {
        if (has(value, entry.value)) {
            if (!out.empty()) out += " | ";
            out += entry.name;
        }
    }
    const auto unknown =
        static_cast<std::uint32_t>(value) & ~static_cast<std::uint32_t>(CacheComponents::all);
    if (unknown != 0) {
        if (!out.empty()) out += " | ";
        out += fmt::format("{:#x}", unknown);
    }
    return out;
}

CacheComponents parse_cache_components(std::string_view text) {
    CacheComponents result = CacheComponents::none;
    std::string_view rest = text;
    while (true) {
        const auto bar = rest.find('|');
        const auto name = trim(rest.substr(0, bar));
        const auto component = find_component(name);
        if (!component) {
            constexpr std::size_t shown = 40;
            std::string what = "unknown cache component \"";
            what.append(name.substr(0, shown));
            if (name.size() > shown) what += "...";
            what += "\" in \"";
            what.append(text.substr(0, shown));
            if (text.size() > shown) what += "...";
            throw ParseError(what + "\"; valid components: " + valid_names() + ", joined with '|'");
        }
        result |= *component;
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
    }
    return result;
}

void CacheSettings::validate() const {
    const auto unknown =
        static_cast<std::uint32_t>(components) & ~static_cast<std::uint32_t>(CacheComponents::all);
    if (unknown != 0) {
        throw ValueError(fmt::format(
            "CacheSettings::components has unknown bits {:#x}; combine CacheComponents values only",
            unknown));
    }
    if (max_messages < 0) {
        throw ValueError(fmt::format(
            "CacheSettings::max_messages must be 0 or more, got {}; use 0 to keep no messages",
            max_messages));
    }
    if (max_dm_channel_ids < 0) {
        throw ValueError(fmt::format(
            "CacheSettings::max_dm_channel_ids must be 0 or more, got {}; use 0 to keep none",
            max_dm_channel_ids));
    }
}

}  // namespace hikari
