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

#include "gateway/envelope.hpp"
#include "payloads.hpp"

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

using namespace hikari::bench::payloads;
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
                std::exit(2);  // NOLINT(concurrency-mt-unsafe): parsing options, one thread
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
            std::exit(2);  // NOLINT(concurrency-mt-unsafe): parsing options, one thread
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
        const auto growth = static_cast<double>(after - before);
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
        const auto all = cache.get_members(hikari::Snowflake{snowflake_base + 100'000});
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
            // As the bot gets it: a padded payload and the span of its `d` (the shard's
            // envelope reader finds it), which the cache keeps as the message.
            std::string buffer =
                message_create(1'000'000'000ULL + i, 50'000'000ULL + 2ULL * i, rng);
            const std::size_t size = buffer.size();
            buffer.append(hikari::dispatch_padding, ' ');
            const std::string_view payload(buffer.data(), size);
            json_bytes += size;
            const auto start = Clock::now();
            const auto envelope = hikari::gateway::read_envelope(payload);
            auto event = factory.build("MESSAGE_CREATE", payload, 0, true, envelope.data);
            cache.update_from_dispatch(*event, envelope.data);
            busy += Clock::now() - start;
        }
        const std::size_t after = rss_bytes();
        const std::size_t count = cache.message_count();
        const auto growth = static_cast<double>(after - before);
        std::printf("messages: %zu cached (%zu authors), payload %.0f bytes on average\n", count,
                    cache.user_count(),
                    static_cast<double>(json_bytes) / static_cast<double>(count ? count : 1));
        std::printf("  envelope + build event + cache update: %.2f s (%.2f us per message)\n",
                    seconds(busy), seconds(busy) * 1e6 / static_cast<double>(count ? count : 1));
        std::printf("  RSS growth: %.1f MB = %.0f bytes per message (author included)\n",
                    growth / 1e6, growth / static_cast<double>(count ? count : 1));
    }
    return 0;
}
