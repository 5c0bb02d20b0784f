#pragma once
// Realistic gateway payloads shared by the benchmarks: users, members, a GUILD_CREATE with
// N members and a ~1 KB MESSAGE_CREATE, as Discord sends them (2024 shapes), randomised by a
// seeded generator so every run sees the same bytes.

#include <cstdint>
#include <random>
#include <string>

namespace hikari::bench::payloads {

/// Ids are given as small ordinals and written as snowflakes of today's size (19 digits, as
/// Discord's ids created since 2022 are), so that readers parse ids as long as real ones.
constexpr std::uint64_t snowflake_base = 1'200'000'000'000'000'000ULL;

inline std::string id(std::uint64_t ordinal) {
    return std::to_string(snowflake_base + ordinal);
}

inline std::string hex_hash(std::mt19937_64& rng) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    for (auto& c : out) c = digits[rng() % 16];
    return out;
}

inline std::string name(std::mt19937_64& rng, std::size_t min, std::size_t max) {
    static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789_";
    std::string out(min + rng() % (max - min + 1), 'a');
    for (auto& c : out) c = letters[rng() % (sizeof letters - 1)];
    return out;
}

/// A user object as the gateway sends it inside members and messages (2024 shape).
inline std::string user_json(std::uint64_t id, std::mt19937_64& rng) {
    std::string out = R"({"id":")" + payloads::id(id) + R"(","username":")" + name(rng, 5, 16) +
                      R"(","discriminator":"0","avatar":)";
    const auto roll = rng() % 10;
    if (roll < 6) {
        out += "\"" + hex_hash(rng) + "\"";
    } else if (roll < 7) {
        out += "\"a_" + hex_hash(rng) + "\"";
    } else {
        out += "null";
    }
    out += R"(,"global_name":)";
    out += rng() % 10 < 6 ? "\"" + name(rng, 4, 14) + "\"" : "null";
    out += R"(,"public_flags":0,"flags":0,"banner":null,"accent_color":null,)"
           R"("avatar_decoration_data":null,"collectibles":null,"display_name_styles":null,)"
           R"("primary_guild":null)";
    if (rng() % 50 == 0) out += R"(,"bot":true)";
    return out + "}";
}

inline std::string member_json(std::uint64_t user, std::uint64_t guild, std::mt19937_64& rng) {
    std::string out = R"({"user":)" + user_json(user, rng) + R"(,"nick":)";
    out += rng() % 10 < 2 ? "\"" + name(rng, 3, 12) + "\"" : "null";
    out += R"(,"avatar":null,"banner":null,"roles":[)";
    const auto roles = rng() % 4;
    for (unsigned r = 0; r < roles; ++r) {
        if (r != 0) out += ",";
        out += "\"" + id(guild * 100 + 1 + rng() % 20) + "\"";
    }
    out += R"(],"joined_at":"2022-0)" + std::to_string(1 + rng() % 9) +
           R"(-12T10:11:12.123456+00:00","premium_since":)";
    out += rng() % 40 == 0 ? R"("2023-05-06T07:08:09.000000+00:00")" : "null";
    out += R"(,"deaf":false,"mute":false,"pending":false,"flags":0,)"
           R"("communication_disabled_until":null,"unusual_dm_activity_until":null})";
    return out;
}

inline std::string guild_create(std::uint64_t guild, unsigned members, std::uint64_t first_user,
                                std::mt19937_64& rng) {
    std::string d = R"({"id":")" + id(guild) + R"(","name":"guild )" + std::to_string(guild) +
                    R"(","icon":null,"splash":null,"discovery_splash":null,"owner_id":")" + id(1) +
                    R"(",)"
                    R"("afk_channel_id":null,"afk_timeout":300,"verification_level":1,)"
                    R"("default_message_notifications":1,"explicit_content_filter":2,"roles":[)";
    for (unsigned r = 0; r <= 20; ++r) {
        if (r != 0) d += ",";
        d += R"({"id":")" + id(r == 0 ? guild : guild * 100 + r) + R"(","name":"role )" +
             std::to_string(r) +
             R"(","color":0,"hoist":false,"icon":null,"unicode_emoji":null,"position":)" +
             std::to_string(r) +
             R"(,"permissions":"1071698660929","managed":false,"mentionable":false,"flags":0})";
    }
    d += R"(],"emojis":[],"features":["COMMUNITY","NEWS"],"mfa_level":0,"application_id":null,)"
         R"("system_channel_id":null,"system_channel_flags":0,"rules_channel_id":null,)"
         R"("vanity_url_code":null,"description":null,"banner":null,"premium_tier":1,)"
         R"("preferred_locale":"en-US","public_updates_channel_id":null,"nsfw_level":0,)"
         R"("premium_progress_bar_enabled":false,"stickers":[],)"
         R"("joined_at":"2020-01-01T00:00:00.000000+00:00","large":true,"unavailable":false,)"
         R"("member_count":)" +
         std::to_string(members) + R"(,"channels":[)";
    for (unsigned c = 0; c < 20; ++c) {
        if (c != 0) d += ",";
        d += R"({"id":")" + id(guild * 1000 + c) + R"(","type":0,"name":"channel-)" +
             std::to_string(c) + R"(","position":)" + std::to_string(c) +
             R"(,"permission_overwrites":[],"topic":null,"nsfw":false,"last_message_id":null,)"
             R"("rate_limit_per_user":0,"parent_id":null})";
    }
    d += R"(],"threads":[],"presences":[],"voice_states":[],"stage_instances":[],)"
         R"("guild_scheduled_events":[],"members":[)";
    for (unsigned m = 0; m < members; ++m) {
        if (m != 0) d += ",";
        d += member_json(first_user + m, guild, rng);
    }
    d += "]}";
    return R"({"op":0,"t":"GUILD_CREATE","s":1,"d":)" + d + "}";
}

/// About 1 KB: a guild message with a member, a mention and a small embed.
inline std::string message_create(std::uint64_t id, std::uint64_t author, std::mt19937_64& rng) {
    std::string content;
    while (content.size() < 280) content += name(rng, 3, 9) + " ";
    std::string d = R"({"id":")" + payloads::id(id) + R"(","channel_id":")" + payloads::id(5000) +
                    R"(","guild_id":")" + payloads::id(7000) + R"(","author":)" +
                    user_json(author, rng) + R"(,"member":{"roles":[")" + payloads::id(7001) +
                    R"("],"joined_at":"2022-01-01T00:00:00.000000+00:00",)"
                    R"("deaf":false,"mute":false,"flags":0,"pending":false,"nick":null,)"
                    R"("avatar":null,"premium_since":null,"communication_disabled_until":null},)"
                    R"("content":")" +
                    content +
                    R"(","timestamp":"2024-05-06T07:08:09.123000+00:00","edited_timestamp":null,)"
                    R"("tts":false,"mention_everyone":false,"mentions":[)" +
                    user_json(author + 1, rng) +
                    R"(],"mention_roles":[],"attachments":[],"embeds":[{"type":"rich",)"
                    R"("title":"A title","description":"Some description text for the embed",)"
                    R"("color":16711680}],"pinned":false,"type":0,"flags":0,"components":[],)"
                    R"("nonce":"1234567890123456789"})";
    return R"({"op":0,"t":"MESSAGE_CREATE","s":2,"d":)" + d + "}";
}

}  // namespace hikari::bench::payloads
