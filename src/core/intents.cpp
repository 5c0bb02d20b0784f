#include <hikari/core/intents.hpp>

#include "core/text.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <ostream>
#include <utility>

namespace hikari {

namespace {

using detail::iequals;

using Named = std::pair<std::string_view, Intents>;

// In bit order, so to_string() lists intents the way the docs do.
constexpr std::array<Named, 21> names{{
    {"GUILDS", Intents::guilds},
    {"GUILD_MEMBERS", Intents::guild_members},
    {"GUILD_MODERATION", Intents::guild_moderation},
    {"GUILD_EXPRESSIONS", Intents::guild_expressions},
    {"GUILD_INTEGRATIONS", Intents::guild_integrations},
    {"GUILD_WEBHOOKS", Intents::guild_webhooks},
    {"GUILD_INVITES", Intents::guild_invites},
    {"GUILD_VOICE_STATES", Intents::guild_voice_states},
    {"GUILD_PRESENCES", Intents::guild_presences},
    {"GUILD_MESSAGES", Intents::guild_messages},
    {"GUILD_MESSAGE_REACTIONS", Intents::guild_message_reactions},
    {"GUILD_MESSAGE_TYPING", Intents::guild_message_typing},
    {"DIRECT_MESSAGES", Intents::direct_messages},
    {"DIRECT_MESSAGE_REACTIONS", Intents::direct_message_reactions},
    {"DIRECT_MESSAGE_TYPING", Intents::direct_message_typing},
    {"MESSAGE_CONTENT", Intents::message_content},
    {"GUILD_SCHEDULED_EVENTS", Intents::guild_scheduled_events},
    {"AUTO_MODERATION_CONFIGURATION", Intents::auto_moderation_configuration},
    {"AUTO_MODERATION_EXECUTION", Intents::auto_moderation_execution},
    {"GUILD_MESSAGE_POLLS", Intents::guild_message_polls},
    {"DIRECT_MESSAGE_POLLS", Intents::direct_message_polls},
}};

constexpr bool table_matches_all() {
    Intents seen;
    for (const auto& [name, bit] : names) seen |= bit;
    return seen == Intents::all();
}
static_assert(table_matches_all(), "every documented intent needs a name");

[[noreturn]] void fail(std::string_view text, std::string_view why) {
    throw ParseError(fmt::format("invalid intents \"{}\": {}", text, why));
}

Intents parse_part(std::string_view text, std::string_view part) {
    if (part.empty()) fail(text, "empty intent name");
    if (iequals(part, "NONE")) return Intents::none();
    for (const auto& [name, bit] : names) {
        if (iequals(part, name)) return bit;
    }
    if (part.size() > 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) {
        std::uint32_t bits = 0;
        const char* end = part.data() + part.size();
        auto [ptr, ec] = std::from_chars(part.data() + 2, end, bits, 16);
        if (ec == std::errc{} && ptr == end) return Intents{bits};
        fail(text, fmt::format("\"{}\" is not a 32-bit hexadecimal value", part));
    }
    fail(text, fmt::format("unknown intent \"{}\"", part));
}

}  // namespace

Intents Intents::parse(std::string_view text) {
    return detail::parse_bar_list<Intents>(
        text, [&text](std::string_view part) { return parse_part(text, part); });
}

std::string Intents::to_string() const {
    return detail::flag_names(*this, names);
}

std::ostream& operator<<(std::ostream& out, Intents intents) {
    return out << intents.to_string();
}

}  // namespace hikari
