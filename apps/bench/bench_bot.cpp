// hikari-bench-bot: a bot for measuring a Discord-compatible server (or Discord) end to end.
// It counts MESSAGE_CREATE events from others and, on a message whose content is exactly
// "!bench-done", answers in that channel with "done <count>" (the count of messages from
// others received before it) through REST. SIGINT/SIGTERM close it gracefully (exit 0).
//
// Environment:
//   DISCORD_TOKEN       the bot token (required)
//   HIKARI_REST_URL     the API base, e.g. http://127.0.0.1:PORT/api/v10 (default: Discord's)
//   HIKARI_COMPRESSION  none, zlib-stream or zstd-stream (default zstd-stream)

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/events/message_events.hpp>
#include <hikari/rest/rest_client.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace {

const char* env(const char* name) {
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): before any thread
    return value != nullptr && *value != '\0' ? value : nullptr;
}

}  // namespace

int main() {
    const char* token = env("DISCORD_TOKEN");
    if (token == nullptr) {
        std::fprintf(stderr, "hikari-bench-bot: set DISCORD_TOKEN\n");
        return 2;
    }
    try {
        hikari::GatewayBotSettings settings{.token = hikari::Token::bot(token)};
        settings.intents = hikari::Intents::guilds | hikari::Intents::guild_members |
                           hikari::Intents::guild_messages | hikari::Intents::message_content;
        settings.banner = false;
        if (const char* url = env("HIKARI_REST_URL")) settings.rest_url = url;
        if (const char* name = env("HIKARI_COMPRESSION")) {
            const auto compression = hikari::parse_gateway_compression(name);
            if (!compression) {
                std::fprintf(stderr,
                             "hikari-bench-bot: HIKARI_COMPRESSION must be none, zlib-stream or "
                             "zstd-stream\n");
                return 2;
            }
            settings.compression = *compression;
        }

        hikari::GatewayBot bot{settings};
        std::uint64_t count = 0;
        auto subscription = bot.listen<hikari::MessageCreateEvent>(
            [&](const hikari::MessageCreateEvent& event) -> hikari::Task<void> {
                const auto me = bot.get_me();
                if (me && event.message.author.id == me->id) co_return;
                if (event.message.content != "!bench-done") {
                    ++count;
                    co_return;
                }
                hikari::MessageCreateOptions reply{.content = "done " + std::to_string(count)};
                co_await bot.rest().create_message(event.channel_id, std::move(reply));
            });
        bot.run();
        std::printf("hikari-bench-bot: %llu MESSAGE_CREATE from others\n",
                    static_cast<unsigned long long>(count));
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "hikari-bench-bot: %s\n", error.what());
        return 1;
    }
}
