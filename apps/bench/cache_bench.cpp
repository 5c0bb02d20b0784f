// hikari-bench-cache: what MemoryCache costs in memory and time. Builds GUILD_CREATE
// payloads (GUILDS x MEMBERS members, each with its own user) and MESSAGE_CREATE payloads of
// about 1 KB, turns each into an event through EventFactory and feeds it to a MemoryCache,
// then reports the resident set growth per cached member (its user included) and per cached
// message. RSS is read from /proc/self/statm after malloc_trim, before and after.
//
// Usage: hikari-bench-cache [--smoke] [--guilds N] [--members N] [--messages N]
// Defaults: 1000 guilds x 1000 members, 100 000 messages; --smoke: 10 x 100, 1000.

#include <hikari/core/config.hpp>

#include <hikari/cache/memory_cache.hpp>
#include <hikari/events/event_factory.hpp>

#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    unsigned guilds = 1000;
    unsigned members = 1000;
    unsigned messages = 100'000;
};

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto next = [&]() -> unsigned {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a number\n", argv[i]);
                std::exit(2);
            }
            return static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        };
        if (arg == "--smoke") {
            o = {10, 100, 1000};
        } else if (arg == "--guilds") {
            o.guilds = next();
        } else if (arg == "--members") {
            o.members = next();
        } else if (arg == "--messages") {
            o.messages = next();
        } else {
            std::fprintf(stderr,
                         "usage: hikari-bench-cache [--smoke] [--guilds N] [--members N] "
                         "[--messages N]\n");
            std::exit(2);
        }
    }
    return o;
}

/// Resident set size in bytes, after giving freed memory back to the system.
std::size_t rss_bytes() {
    malloc_trim(0);
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    statm >> pages >> resident;
    return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

std::string hex_hash(std::mt19937_64& rng) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    for (auto& c : out) c = digits[rng() % 16];
    return out;
}

std::string name(std::mt19937_64& rng, std::size_t min, std::size_t max) {
    static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789_";
    std::string out(min + rng() % (max - min + 1), 'a');
    for (auto& c : out) c = letters[rng() % (sizeof letters - 1)];
    return out;
}

/// A user object as the gateway sends it inside members and messages (2024 shape).
std::string user_json(std::uint64_t id, std::mt19937_64& rng) {
    std::string out = R"({"id":")" + std::to_string(id) + R"(","username":")" + name(rng, 5, 16) +
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

std::string member_json(std::uint64_t user, std::uint64_t guild, std::mt19937_64& rng) {
    std::string out = R"({"user":)" + user_json(user, rng) + R"(,"nick":)";
    out += rng() % 10 < 2 ? "\"" + name(rng, 3, 12) + "\"" : "null";
    out += R"(,"avatar":null,"banner":null,"roles":[)";
    const auto roles = rng() % 4;
    for (unsigned r = 0; r < roles; ++r) {
        if (r != 0) out += ",";
        out += "\"" + std::to_string(guild * 100 + 1 + rng() % 20) + "\"";
    }
    out += R"(],"joined_at":"2022-0)" + std::to_string(1 + rng() % 9) +
           R"(-12T10:11:12.123456+00:00","premium_since":)";
    out += rng() % 40 == 0 ? R"("2023-05-06T07:08:09.000000+00:00")" : "null";
    out += R"(,"deaf":false,"mute":false,"pending":false,"flags":0,)"
           R"("communication_disabled_until":null,"unusual_dm_activity_until":null})";
    return out;
}

std::string guild_create(std::uint64_t guild, unsigned members, std::uint64_t first_user,
                         std::mt19937_64& rng) {
    std::string d = R"({"id":")" + std::to_string(guild) + R"(","name":"guild )" +
                    std::to_string(guild) +
                    R"(","icon":null,"splash":null,"discovery_splash":null,"owner_id":"1",)"
                    R"("afk_channel_id":null,"afk_timeout":300,"verification_level":1,)"
                    R"("default_message_notifications":1,"explicit_content_filter":2,"roles":[)";
    for (unsigned r = 0; r <= 20; ++r) {
        if (r != 0) d += ",";
        d += R"({"id":")" + std::to_string(r == 0 ? guild : guild * 100 + r) +
             R"(","name":"role )" + std::to_string(r) +
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
        d += R"({"id":")" + std::to_string(guild * 1000 + c) + R"(","type":0,"name":"channel-)" +
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
std::string message_create(std::uint64_t id, std::uint64_t author, std::mt19937_64& rng) {
    std::string content;
    while (content.size() < 280) content += name(rng, 3, 9) + " ";
    std::string d = R"({"id":")" + std::to_string(id) +
                    R"(","channel_id":"5000","guild_id":"7000","author":)" +
                    user_json(author, rng) +
                    R"(,"member":{"roles":["7001"],"joined_at":"2022-01-01T00:00:00.000000+00:00",)"
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

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse_options(argc, argv);
    std::mt19937_64 rng(42);
    hikari::EventFactory factory;

    // --- members --------------------------------------------------------------------------
    {
        hikari::CacheSettings settings;
        settings.max_messages = 0;
        hikari::MemoryCache cache(settings);
        const std::size_t before = rss_bytes();
        Clock::duration busy{};
        std::size_t json_bytes = 0;
        for (unsigned g = 0; g < options.guilds; ++g) {
            const std::uint64_t guild = 100'000 + g;
            const std::string payload = guild_create(
                guild, options.members, 10'000'000ULL + std::uint64_t{g} * options.members, rng);
            json_bytes += payload.size();
            const auto start = Clock::now();
            auto event = factory.build("GUILD_CREATE", payload, 0, false);
            cache.update(*event);
            busy += Clock::now() - start;
        }
        const std::size_t after = rss_bytes();
        const std::size_t members = cache.member_count();
        const std::size_t users = cache.user_count();
        const double growth = static_cast<double>(after - before);
        std::printf("members: %u guilds x %u members -> %zu members, %zu users cached\n",
                    options.guilds, options.members, members, users);
        std::printf(
            "  GUILD_CREATE JSON: %.1f MB, build event + cache.update: %.2f s "
            "(%.2f us per member)\n",
            static_cast<double>(json_bytes) / 1e6, seconds(busy),
            seconds(busy) * 1e6 / static_cast<double>(members ? members : 1));
        std::printf("  RSS growth: %.1f MB = %.1f bytes per member (user included)\n", growth / 1e6,
                    growth / static_cast<double>(members ? members : 1));
        // Reading back costs a rebuild: time a full pass over one guild's members.
        const auto start = Clock::now();
        const auto all = cache.get_members(hikari::Snowflake{100'000});
        std::printf("  get_members of one guild (%zu): %.1f us\n", all.size(),
                    seconds(Clock::now() - start) * 1e6);
    }

    // --- messages -------------------------------------------------------------------------
    {
        hikari::CacheSettings settings;
        settings.max_messages = static_cast<int>(options.messages);
        hikari::MemoryCache cache(settings);
        const std::size_t before = rss_bytes();
        Clock::duration busy{};
        std::size_t json_bytes = 0;
        for (unsigned i = 0; i < options.messages; ++i) {
            const std::string payload =
                message_create(1'000'000'000ULL + i, 50'000'000ULL + 2ULL * i, rng);
            json_bytes += payload.size();
            const auto start = Clock::now();
            auto event = factory.build("MESSAGE_CREATE", payload, 0, false);
            cache.update(*event);
            busy += Clock::now() - start;
        }
        const std::size_t after = rss_bytes();
        const std::size_t count = cache.message_count();
        const double growth = static_cast<double>(after - before);
        std::printf("messages: %zu cached (%zu authors), payload %.0f bytes on average\n", count,
                    cache.user_count(),
                    static_cast<double>(json_bytes) / static_cast<double>(count ? count : 1));
        std::printf("  build event + cache.update: %.2f s (%.2f us per message)\n", seconds(busy),
                    seconds(busy) * 1e6 / static_cast<double>(count ? count : 1));
        std::printf("  RSS growth: %.1f MB = %.0f bytes per message (author included)\n",
                    growth / 1e6, growth / static_cast<double>(count ? count : 1));
    }
    return 0;
}
