#include <hikari/core/permissions.hpp>

#include "core/text.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <ostream>
#include <utility>

namespace hikari {

namespace {

using detail::iequals;

using Named = std::pair<std::string_view, Permissions>;

// In bit order, so to_string() lists permissions the way the docs do.
constexpr std::array<Named, 52> names{{
    {"CREATE_INSTANT_INVITE", Permissions::create_instant_invite},
    {"KICK_MEMBERS", Permissions::kick_members},
    {"BAN_MEMBERS", Permissions::ban_members},
    {"ADMINISTRATOR", Permissions::administrator},
    {"MANAGE_CHANNELS", Permissions::manage_channels},
    {"MANAGE_GUILD", Permissions::manage_guild},
    {"ADD_REACTIONS", Permissions::add_reactions},
    {"VIEW_AUDIT_LOG", Permissions::view_audit_log},
    {"PRIORITY_SPEAKER", Permissions::priority_speaker},
    {"STREAM", Permissions::stream},
    {"VIEW_CHANNEL", Permissions::view_channel},
    {"SEND_MESSAGES", Permissions::send_messages},
    {"SEND_TTS_MESSAGES", Permissions::send_tts_messages},
    {"MANAGE_MESSAGES", Permissions::manage_messages},
    {"EMBED_LINKS", Permissions::embed_links},
    {"ATTACH_FILES", Permissions::attach_files},
    {"READ_MESSAGE_HISTORY", Permissions::read_message_history},
    {"MENTION_EVERYONE", Permissions::mention_everyone},
    {"USE_EXTERNAL_EMOJIS", Permissions::use_external_emojis},
    {"VIEW_GUILD_INSIGHTS", Permissions::view_guild_insights},
    {"CONNECT", Permissions::connect},
    {"SPEAK", Permissions::speak},
    {"MUTE_MEMBERS", Permissions::mute_members},
    {"DEAFEN_MEMBERS", Permissions::deafen_members},
    {"MOVE_MEMBERS", Permissions::move_members},
    {"USE_VAD", Permissions::use_vad},
    {"CHANGE_NICKNAME", Permissions::change_nickname},
    {"MANAGE_NICKNAMES", Permissions::manage_nicknames},
    {"MANAGE_ROLES", Permissions::manage_roles},
    {"MANAGE_WEBHOOKS", Permissions::manage_webhooks},
    {"MANAGE_GUILD_EXPRESSIONS", Permissions::manage_guild_expressions},
    {"USE_APPLICATION_COMMANDS", Permissions::use_application_commands},
    {"REQUEST_TO_SPEAK", Permissions::request_to_speak},
    {"MANAGE_EVENTS", Permissions::manage_events},
    {"MANAGE_THREADS", Permissions::manage_threads},
    {"CREATE_PUBLIC_THREADS", Permissions::create_public_threads},
    {"CREATE_PRIVATE_THREADS", Permissions::create_private_threads},
    {"USE_EXTERNAL_STICKERS", Permissions::use_external_stickers},
    {"SEND_MESSAGES_IN_THREADS", Permissions::send_messages_in_threads},
    {"USE_EMBEDDED_ACTIVITIES", Permissions::use_embedded_activities},
    {"MODERATE_MEMBERS", Permissions::moderate_members},
    {"VIEW_CREATOR_MONETIZATION_ANALYTICS", Permissions::view_creator_monetization_analytics},
    {"USE_SOUNDBOARD", Permissions::use_soundboard},
    {"CREATE_GUILD_EXPRESSIONS", Permissions::create_guild_expressions},
    {"CREATE_EVENTS", Permissions::create_events},
    {"USE_EXTERNAL_SOUNDS", Permissions::use_external_sounds},
    {"SEND_VOICE_MESSAGES", Permissions::send_voice_messages},
    {"SET_VOICE_CHANNEL_STATUS", Permissions::set_voice_channel_status},
    {"SEND_POLLS", Permissions::send_polls},
    {"USE_EXTERNAL_APPS", Permissions::use_external_apps},
    {"PIN_MESSAGES", Permissions::pin_messages},
    {"BYPASS_SLOWMODE", Permissions::bypass_slowmode},
}};

constexpr bool table_matches_all() {
    Permissions seen;
    for (const auto& [name, bit] : names) seen |= bit;
    return seen == Permissions::all();
}
static_assert(table_matches_all(), "every documented permission needs a name");

// Keeps error messages readable when handed a whole document by mistake.
std::string_view excerpt(std::string_view text) {
    return text.substr(0, 64);
}

[[noreturn]] void fail(std::string_view text, std::string_view why) {
    throw ParseError(fmt::format("invalid permissions \"{}\": {}", excerpt(text), why));
}

Permissions parse_part(std::string_view text, std::string_view part) {
    if (part.empty()) fail(text, "empty permission name");
    if (iequals(part, "NONE")) return Permissions::none();
    for (const auto& [name, bit] : names) {
        if (iequals(part, name)) return bit;
    }
    if (part.size() > 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) {
        std::uint64_t bits = 0;
        const char* end = part.data() + part.size();
        auto [ptr, ec] = std::from_chars(part.data() + 2, end, bits, 16);
        if (ec == std::errc{} && ptr == end) return Permissions{bits};
        fail(text, fmt::format("\"{}\" is not a 64-bit hexadecimal value", excerpt(part)));
    }
    fail(text, fmt::format("unknown permission \"{}\"", excerpt(part)));
}

}  // namespace

Permissions Permissions::parse(std::string_view decimal) {
    if (decimal.empty()) fail(decimal, "expected a decimal integer, got an empty string");
    std::uint64_t bits = 0;
    const char* end = decimal.data() + decimal.size();
    auto [ptr, ec] = std::from_chars(decimal.data(), end, bits, 10);
    if (ec == std::errc::result_out_of_range) fail(decimal, "does not fit in 64 bits");
    if (ec != std::errc{} || ptr != end) fail(decimal, "expected a decimal integer");
    return Permissions{bits};
}

Permissions Permissions::from_names(std::string_view text) {
    return detail::parse_bar_list<Permissions>(
        text, [&text](std::string_view part) { return parse_part(text, part); });
}

std::string Permissions::to_decimal_string() const {
    return std::to_string(value_);
}

std::string Permissions::to_string() const {
    return detail::flag_names(*this, names);
}

std::ostream& operator<<(std::ostream& out, Permissions permissions) {
    return out << permissions.to_string();
}

}  // namespace hikari
