// A ping bot: answers "!ping" with "Pong!" and its heartbeat latency. `make demo` runs it.
//
// With DISCORD_TOKEN set it runs against Discord until Ctrl+C. Without, it runs against an
// in-process hikari-sandbox where a simulated user says "!ping" once the bot is up; the bot's
// answer comes back through the gateway, and the bot closes.

#include <hikari/hikari.hpp>

#include "support/backend.hpp"

#include <fmt/format.h>

#include <chrono>

namespace {

using Clock = std::chrono::steady_clock;

std::string latency_text(const hikari::GatewayBot& bot) {
    const auto latency = bot.heartbeat_latency();
    return latency ? fmt::format("{:.1f} ms", latency->count() * 1000) : "not measured yet";
}

/// The simulated user of the offline run: waits for a measured heartbeat (so the answer has
/// something to report), then says "!ping" in the first text channel the bot can see.
hikari::Task<void> say_ping(hikari::GatewayBot& bot, const hikari::examples::Backend& backend,
                            Clock::time_point& sent_at) {
    while (!bot.heartbeat_latency()) co_await hikari::sleep_for(std::chrono::milliseconds(50));
    for (const auto& guild : bot.cache().get_guilds()) {
        for (const auto& channel : bot.cache().get_guild_channels(guild.id)) {
            if (channel.type != hikari::ChannelType::guild_text) continue;
            hikari::log::get("hikari.demo")
                .info("a simulated user says !ping in #{}",
                      channel.name ? *channel.name : std::string("?"));
            sent_at = Clock::now();
            backend.say(channel.id, "!ping");
            co_return;
        }
    }
    hikari::log::get("hikari.demo").error("no text channel to ping in");
    co_await bot.close();
}

}  // namespace

int main() {
    const hikari::examples::Backend backend;
    auto settings = backend.settings();
    settings.intents = hikari::Intents::all_unprivileged() | hikari::Intents::message_content;
    hikari::GatewayBot bot(settings);
    auto log = hikari::log::get("hikari.demo");

    // The bot itself: everything a ping bot needs.
    auto pings = bot.listen<hikari::MessageCreateEvent>(
        [&](const hikari::MessageCreateEvent& event) -> hikari::Task<void> {
            const hikari::Message& message = event.message;
            if (message.author.bot == true || message.content != "!ping") co_return;
            hikari::MessageCreateOptions pong;
            pong.content = "Pong! heartbeat " + latency_text(bot);
            co_await bot.rest().create_message(message.channel_id, std::move(pong));
        });

    // The offline run's script: a simulated user, and an end once the answer came back.
    Clock::time_point ping_sent_at;
    std::vector<hikari::Subscription> script;
    if (backend.offline()) {
        script.push_back(bot.listen<hikari::StartedEvent>(
            [&](const hikari::StartedEvent&) { bot.spawn(say_ping(bot, backend, ping_sent_at)); }));
        script.push_back(
            bot.listen<hikari::MessageCreateEvent>([&](const hikari::MessageCreateEvent& event) {
                const auto me = bot.get_me();
                if (!me || event.message.author.id != me->id) return;
                const std::chrono::duration<double, std::milli> round_trip =
                    Clock::now() - ping_sent_at;
                log.info(
                    "the bot answered \"{}\"; the answer came back through the gateway "
                    "{:.1f} ms after the ping",
                    event.message.content, round_trip.count());
                bot.spawn(bot.close());
            }));
    } else {
        log.info("say !ping in a channel the bot can read; Ctrl+C stops it");
    }

    bot.run();
    return 0;
}
