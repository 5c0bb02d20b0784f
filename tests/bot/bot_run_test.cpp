// GatewayBot::run(): the blocking entry point, with SIGINT/SIGTERM closing the bot gracefully.

#include "bot_fixture.hpp"

#include <csignal>

using namespace hikari;
using namespace hikari::test;

namespace {

/// Lifecycle events as seen by a bot that runs its own io_context.
struct Lifecycle {
    std::vector<std::string> seen;
    std::vector<Subscription> subscriptions;
    explicit Lifecycle(GatewayBot& bot) {
        subscriptions.push_back(
            bot.listen<StartingEvent>([this](const auto&) { seen.emplace_back("starting"); }));
        subscriptions.push_back(
            bot.listen<StartedEvent>([this](const auto&) { seen.emplace_back("started"); }));
        subscriptions.push_back(
            bot.listen<StoppingEvent>([this](const auto&) { seen.emplace_back("stopping"); }));
        subscriptions.push_back(
            bot.listen<StoppedEvent>([this](const auto&) { seen.emplace_back("stopped"); }));
    }
};

const std::vector<std::string> whole_life{"starting", "started", "stopping", "stopped"};

}  // namespace

TEST_F(BotTest, SigtermClosesARunningBotGracefully) {
    start_sandbox();
    GatewayBot bot(settings());
    Lifecycle life(bot);
    auto term = bot.listen<StartedEvent>([](const StartedEvent&) { std::raise(SIGTERM); });
    bot.run();
    EXPECT_FALSE(bot.is_alive());
    EXPECT_EQ(life.seen, whole_life);
    // The session was ended with a normal close, not dropped: nothing is left to resume.
    const auto stats = gateway_stats();
    EXPECT_EQ(stats.at("connections").to_number<int>(), 0);
}

TEST_F(BotTest, PropagatedInterruptsSurfaceAfterTheGracefulClose) {
    start_sandbox();
    GatewayBot bot(settings());
    Lifecycle life(bot);
    auto interrupt = bot.listen<StartedEvent>([](const StartedEvent&) { std::raise(SIGINT); });
    RunOptions options;
    options.propagate_interrupts = true;
    try {
        bot.run(options);
        ADD_FAILURE() << "run() should have thrown BotInterrupt";
    } catch (const BotInterrupt& interrupt_error) {
        EXPECT_EQ(interrupt_error.signal_number(), SIGINT);
    }
    EXPECT_EQ(life.seen, whole_life) << "the bot closed before the interrupt surfaced";
}

TEST_F(BotTest, RunEndsWhenTheBotIsClosedFromAListener) {
    start_sandbox();
    GatewayBot bot(settings());
    Lifecycle life(bot);
    auto stop = bot.listen<StartedEvent>([&](const StartedEvent&) { bot.spawn(bot.close()); });
    bot.run();
    EXPECT_EQ(life.seen, whole_life);
    // A closed bot can run again.
    bot.run();
    EXPECT_EQ(life.seen.size(), 8U);
}

TEST_F(BotTest, RunRethrowsTheErrorOfAShardThatDiesAfterClosingTheRest) {
    start_sandbox();
    GatewayBot bot(settings());
    Lifecycle life(bot);
    auto kill = bot.listen<StartedEvent>([&](const StartedEvent&) {
        control("POST", "/gateway/close", json::object{{"code", 4004}});
    });
    EXPECT_THROW(bot.run(), GatewayServerClosedConnectionError);
    EXPECT_FALSE(bot.is_alive());
    EXPECT_EQ(life.seen, whole_life);
}
