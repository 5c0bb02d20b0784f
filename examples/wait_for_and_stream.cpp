// wait_for and stream: a bot that asks a question and waits for the answer, then collects
// reactions for a while.
//
//   !quiz  -> "What is 6 x 7?"; the next message of the same person in that channel within
//             30 s is the answer (wait_for with a predicate and a timeout).
//   !poll  -> collects the next 3 messages starting with "+1" in that channel within 30 s
//             (a stream with a filter, a limit and a timeout), then reports the count.
//
// With DISCORD_TOKEN set it runs against Discord; without, against an in-process sandbox
// where a simulated user plays both games once, and the bot then closes.

#include <hikari/hikari.hpp>

#include "support/backend.hpp"

#include <chrono>

namespace {

using namespace std::chrono_literals;

hikari::Task<void> say(hikari::GatewayBot& bot, hikari::Snowflake channel, std::string text) {
    hikari::MessageCreateOptions options;
    options.content = std::move(text);
    co_await bot.rest().create_message(channel, std::move(options));
}

hikari::Task<void> quiz(hikari::GatewayBot& bot, hikari::Message question) {
    co_await say(bot, question.channel_id, "What is 6 x 7?");
    const auto author = question.author.id;
    const auto channel = question.channel_id;
    std::string verdict = "Too slow: 42.";
    try {
        auto answer = co_await bot.wait_for<hikari::MessageCreateEvent>(
            [&](const hikari::MessageCreateEvent& e) {
                return e.message.author.id == author && e.message.channel_id == channel;
            },
            30s);
        verdict = answer.message.content == "42" ? "Right!" : "No: 42.";
    } catch (const hikari::EventTimeoutError&) {
        // C++ cannot co_await in a handler: the verdict is sent below.
    }
    co_await say(bot, channel, verdict);
}

hikari::Task<void> poll(hikari::GatewayBot& bot, hikari::Message question) {
    const auto channel = question.channel_id;
    auto votes = bot.stream<hikari::MessageCreateEvent>(
        [channel](const hikari::MessageCreateEvent& e) {
            return e.message.channel_id == channel && e.message.content.starts_with("+1");
        },
        hikari::StreamOptions{.timeout = 30s, .limit = 3});
    co_await say(bot, channel, "Vote with +1 (3 votes or 30 s)");
    int count = 0;
    while (auto vote = co_await votes.next()) ++count;
    co_await say(bot, channel, "Votes: " + std::to_string(count));
}

/// The offline run's simulated user: plays the quiz, then the poll, then closes the bot.
hikari::Task<void> play(hikari::GatewayBot& bot, const hikari::examples::Backend& backend) {
    hikari::Snowflake channel;
    for (const auto& guild : bot.cache().get_guilds()) {
        for (const auto& c : bot.cache().get_guild_channels(guild.id)) {
            if (c.type == hikari::ChannelType::guild_text) channel = c.id;
        }
    }
    const auto log = hikari::log::get("hikari.example");
    auto replies = bot.stream<hikari::MessageCreateEvent>(
        [&](const hikari::MessageCreateEvent& e) { return e.message.author.bot == true; });
    backend.say(channel, "!quiz");
    log.info("bot: {}", (co_await replies.next())->message.content);
    backend.say(channel, "42");
    log.info("bot: {}", (co_await replies.next())->message.content);
    backend.say(channel, "!poll");
    log.info("bot: {}", (co_await replies.next())->message.content);
    for (int i = 0; i < 3; ++i) {
        backend.say(channel, "+1 from a simulated user");
        co_await hikari::sleep_for(20ms);
    }
    log.info("bot: {}", (co_await replies.next())->message.content);
    co_await bot.close();
}

}  // namespace

int main() {
    const hikari::examples::Backend backend;
    auto settings = backend.settings();
    settings.intents = hikari::Intents::all_unprivileged() | hikari::Intents::message_content;
    hikari::GatewayBot bot(settings);

    auto commands =
        bot.listen<hikari::MessageCreateEvent>([&](const hikari::MessageCreateEvent& e) {
            if (e.message.author.bot == true) return;
            if (e.message.content == "!quiz") {
                bot.spawn(quiz(bot, e.message));
            } else if (e.message.content == "!poll") {
                bot.spawn(poll(bot, e.message));
            }
        });
    std::optional<hikari::Subscription> script;
    if (backend.offline()) {
        script = bot.listen<hikari::StartedEvent>(
            [&](const hikari::StartedEvent&) { bot.spawn(play(bot, backend)); });
    }
    bot.run();
    return 0;
}
