#include <hikari/core/errors_base.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/core/logging_spdlog.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/base_sink.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace hikari;
using namespace hikari::log;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

struct Record {
    std::string logger;
    Level level;
    std::string message;
    friend bool operator==(const Record&, const Record&) = default;
};

// Keeps every record in memory so that tests can look at what reached the sinks.
class MemorySink final : public spdlog::sinks::base_sink<std::mutex> {
  public:
    std::vector<Record> records() {
        std::lock_guard lock{mutex_};
        return records_;
    }

  protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        records_.push_back(Record{std::string{msg.logger_name.data(), msg.logger_name.size()},
                                  from_spdlog(msg.level),
                                  std::string{msg.payload.data(), msg.payload.size()}});
    }
    void flush_() override {}

  private:
    std::vector<Record> records_;
};

// Installs a MemorySink for one test and removes it afterwards.
class LoggingTest : public ::testing::Test {
  protected:
    void SetUp() override {
        sink_ = std::make_shared<MemorySink>();
        add_sink(sink_);
    }
    void TearDown() override {
        remove_sink(sink_);
        set_levels(LogConfig{});
    }
    std::shared_ptr<MemorySink> sink_;
};

}  // namespace

TEST(ParseLevel, AcceptsNamesInAnyCase) {
    EXPECT_EQ(parse_level("TRACE"), Level::trace);
    EXPECT_EQ(parse_level("trace_hikari"), Level::trace);
    EXPECT_EQ(parse_level("Debug"), Level::debug);
    EXPECT_EQ(parse_level("info"), Level::info);
    EXPECT_EQ(parse_level("WARNING"), Level::warning);
    EXPECT_EQ(parse_level("warn"), Level::warning);
    EXPECT_EQ(parse_level("ERROR"), Level::error);
    EXPECT_EQ(parse_level("critical"), Level::critical);
    EXPECT_EQ(parse_level("FATAL"), Level::critical);
    EXPECT_EQ(parse_level("off"), Level::off);
    EXPECT_EQ(parse_level(" INFO "), Level::info);
}

TEST(ParseLevel, AcceptsPythonLevelNumbersAsText) {
    EXPECT_EQ(parse_level("5"), Level::trace);
    EXPECT_EQ(parse_level("10"), Level::debug);
    EXPECT_EQ(parse_level("20"), Level::info);
    EXPECT_EQ(parse_level("30"), Level::warning);
    EXPECT_EQ(parse_level("40"), Level::error);
    EXPECT_EQ(parse_level("50"), Level::critical);
}

TEST(ParseLevel, RejectsUnknownNamesListingTheValidOnes) {
    for (std::string_view bad : {"", "VERBOSE", "INF", "INFOO", "20x", "-10", "99999999999"}) {
        try {
            (void)parse_level(bad);
            ADD_FAILURE() << "accepted \"" << bad << "\"";
        } catch (const ValueError& e) {
            if (bad == "-10") continue;  // a number, rejected as out of range
            EXPECT_THAT(e.what(), HasSubstr("DEBUG, INFO, WARNING")) << bad;
        }
    }
    EXPECT_THROW((void)parse_level("VERBOSE"), ParseError);
}

TEST(LevelFromNumber, RoundsUpLikePython) {
    EXPECT_EQ(level_from_number(0), Level::trace);
    EXPECT_EQ(level_from_number(1), Level::trace);
    EXPECT_EQ(level_from_number(6), Level::debug);
    EXPECT_EQ(level_from_number(15), Level::info);
    EXPECT_EQ(level_from_number(25), Level::warning);
    EXPECT_EQ(level_from_number(35), Level::error);
    EXPECT_EQ(level_from_number(45), Level::critical);
    EXPECT_EQ(level_from_number(51), Level::off);
    EXPECT_THROW((void)level_from_number(-1), ValueError);
}

TEST(LevelName, RoundTrips) {
    for (auto level : {Level::trace, Level::debug, Level::info, Level::warning, Level::error,
                       Level::critical, Level::off}) {
        EXPECT_EQ(parse_level(level_name(level)), level);
    }
}

TEST(LogConfig, SingleLevelAppliesEverywhere) {
    EXPECT_EQ(LogConfig{}.level_for("hikari.gateway.3"), Level::info);
    EXPECT_EQ(LogConfig{"DEBUG"}.level_for("hikari.rest"), Level::debug);
    EXPECT_EQ(LogConfig{30}.level_for("anything"), Level::warning);
    EXPECT_EQ(LogConfig{Level::error}.level_for("hikari"), Level::error);
    EXPECT_EQ(LogConfig::off().level_for("hikari.bot"), Level::off);
    EXPECT_THROW(LogConfig{"LOUD"}, ValueError);
}

TEST(LogConfig, ChildrenInheritFromTheClosestConfiguredParent) {
    auto config = LogConfig::per_logger({{"hikari", "WARNING"},
                                         {"hikari.gateway", "DEBUG"},
                                         {"hikari.gateway.3", "trace"},
                                         {"hikari.ratelimits", "TRACE_HIKARI"}});
    EXPECT_EQ(config.level_for("hikari"), Level::warning);
    EXPECT_EQ(config.level_for("hikari.rest"), Level::warning);
    EXPECT_EQ(config.level_for("hikari.gateway"), Level::debug);
    EXPECT_EQ(config.level_for("hikari.gateway.0"), Level::debug);
    EXPECT_EQ(config.level_for("hikari.gateway.3"), Level::trace);
    EXPECT_EQ(config.level_for("hikari.gateway.30"), Level::debug);
    EXPECT_EQ(config.level_for("hikari.ratelimits"), Level::trace);
    // A common prefix is not a parent: "hikari.gatewayx" is not below "hikari.gateway".
    EXPECT_EQ(config.level_for("hikari.gatewayx"), Level::warning);
    EXPECT_EQ(config.level_for("myapp"), Level::info);
}

TEST(LogConfig, RootEntrySetsTheFallback) {
    auto config = LogConfig::per_logger({{"root", "ERROR"}, {"hikari.rest", "DEBUG"}});
    EXPECT_EQ(config.root_level(), Level::error);
    EXPECT_EQ(config.level_for("myapp"), Level::error);
    EXPECT_EQ(config.level_for("hikari.rest.bucket"), Level::debug);
    EXPECT_EQ(LogConfig::per_logger({{"", "OFF"}}).level_for("x"), Level::off);
}

TEST(LogConfig, RejectsBadNamesAndLevels) {
    EXPECT_THROW((void)LogConfig::per_logger({{"hikari.gateway", "LOUD"}}), ParseError);
    EXPECT_THROW((void)LogConfig::per_logger({{"hikari..gateway", "DEBUG"}}), ValueError);
    EXPECT_THROW((void)LogConfig::per_logger({{".hikari", "DEBUG"}}), ValueError);
    EXPECT_THROW((void)LogConfig::per_logger({{"hikari gateway", "DEBUG"}}), ValueError);
    EXPECT_THROW((void)LogConfig{}.set("hikari.", Level::debug), ValueError);
}

TEST(ShouldUseColour, FollowsTheTerminalByDefault) {
    EXPECT_TRUE(should_use_colour({}, true));
    EXPECT_FALSE(should_use_colour({}, false));
    EXPECT_FALSE(should_use_colour({}, true, /*allow_colour=*/false));
    EXPECT_TRUE(should_use_colour({}, false, true, /*force_colour=*/true));
}

TEST(ShouldUseColour, HonoursNoColor) {
    EXPECT_FALSE(should_use_colour({.no_color = "1"}, true));
    EXPECT_FALSE(should_use_colour({.no_color = "yes"}, true, true, /*force_colour=*/true));
    // The NO_COLOR convention: an empty value counts as unset.
    EXPECT_TRUE(should_use_colour({.no_color = ""}, true));
}

TEST(ShouldUseColour, HonoursClicolor) {
    EXPECT_FALSE(should_use_colour({.clicolor = "0"}, true));
    EXPECT_TRUE(should_use_colour({.clicolor = "1"}, true, /*allow_colour=*/false));
    EXPECT_FALSE(should_use_colour({.clicolor = "1"}, false));
    EXPECT_TRUE(should_use_colour({.clicolor = "0"}, false, true, /*force_colour=*/true));
}

TEST(ShouldUseColour, ClicolorForceWinsOverEverything) {
    EXPECT_TRUE(should_use_colour({.clicolor_force = "1"}, false));
    EXPECT_TRUE(
        should_use_colour({.no_color = "1", .clicolor = "0", .clicolor_force = "1"}, false, false));
    EXPECT_FALSE(should_use_colour({.clicolor_force = "0"}, false));
    EXPECT_FALSE(should_use_colour({.clicolor_force = ""}, false));
}

TEST_F(LoggingTest, GetReturnsTheSameLoggerEveryTime) {
    auto a = get("hikari.test.same");
    auto b = get("hikari.test.same");
    EXPECT_EQ(a.native(), b.native());
    EXPECT_NE(a.native(), get("hikari.test.other").native());
    EXPECT_EQ(a.name(), "hikari.test.same");
    EXPECT_THROW((void)get(""), ValueError);
    EXPECT_THROW((void)get("hikari..x"), ValueError);
}

TEST_F(LoggingTest, GetIsSafeFromSeveralThreads) {
    std::vector<spdlog::logger*> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&seen, i] {
            auto logger = get("hikari.test.threads");
            logger.info("hello from {}", i);
            seen[i] = logger.native();
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(std::set<spdlog::logger*>(seen.begin(), seen.end()).size(), 1u);
    EXPECT_EQ(sink_->records().size(), seen.size());
}

TEST_F(LoggingTest, MessagesReachTheSinkAtTheConfiguredLevels) {
    set_levels(LogConfig::per_logger({{"hikari.test.levels", "WARNING"}}));
    auto logger = get("hikari.test.levels.child");
    logger.trace("trace {}", 1);
    logger.debug("debug {}", 2);
    logger.info("info {}", 3);
    logger.warning("warning {}", 4);
    logger.error("error {}", 5);
    logger.critical("critical {}", 6);
    EXPECT_THAT(sink_->records(),
                ElementsAre(Record{"hikari.test.levels.child", Level::warning, "warning 4"},
                            Record{"hikari.test.levels.child", Level::error, "error 5"},
                            Record{"hikari.test.levels.child", Level::critical, "critical 6"}));
    EXPECT_FALSE(logger.should_log(Level::info));
    EXPECT_TRUE(logger.should_log(Level::error));
}

TEST_F(LoggingTest, SetLevelsUpdatesExistingLoggers) {
    auto logger = get("hikari.test.update");
    set_levels(Level::error);
    logger.warning("hidden");
    set_levels(LogConfig::per_logger({{"hikari.test", "TRACE"}}));
    logger.trace("shown {}", "now");
    set_levels(LogConfig::off());
    logger.critical("hidden too");
    EXPECT_THAT(sink_->records(),
                ElementsAre(Record{"hikari.test.update", Level::trace, "shown now"}));
    EXPECT_EQ(current_levels().root_level(), Level::off);
}

TEST_F(LoggingTest, NewLoggersStartAtTheCurrentLevel) {
    set_levels(LogConfig::per_logger({{"hikari.test.fresh", "DEBUG"}, {"", "ERROR"}}));
    get("hikari.test.fresh.7").debug("a");
    get("hikari.test.stale").warning("b");
    EXPECT_THAT(sink_->records(), ElementsAre(Record{"hikari.test.fresh.7", Level::debug, "a"}));
}

TEST_F(LoggingTest, DefaultHandleDiscardsEverything) {
    Logger nothing;
    EXPECT_EQ(nothing.name(), "");
    EXPECT_FALSE(nothing.should_log(Level::critical));
    nothing.critical("dropped {}", 1);
    EXPECT_TRUE(sink_->records().empty());
}

TEST(DefaultFormatter, ShowsTimeUpperCaseLevelAndLoggerName) {
    auto formatter = make_default_formatter();
    spdlog::details::log_msg msg{"hikari.gateway.3", spdlog::level::warn, "heartbeat late"};
    spdlog::memory_buf_t out;
    formatter->format(msg, out);
    const std::string text{out.data(), out.size()};
    EXPECT_THAT(text,
                ::testing::MatchesRegex(
                    R"(20[0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9:.]+ WARNING  hikari\.gateway\.3: )"
                    R"(heartbeat late\s*)"));
}

TEST(Configure, WritesColouredRecordsToStdoutWhenForced) {
    ::setenv("CLICOLOR_FORCE", "1", 1);
    ::testing::internal::CaptureStdout();
    configure("INFO");
    get("hikari.test.console").info("to the console");
    get("hikari.test.console").debug("not shown");
    std::fflush(stdout);
    const auto coloured = ::testing::internal::GetCapturedStdout();
    ::unsetenv("CLICOLOR_FORCE");
    EXPECT_THAT(coloured, HasSubstr("hikari.test.console: to the console"));
    EXPECT_THAT(coloured, HasSubstr("\x1b["));
    EXPECT_THAT(coloured, Not(HasSubstr("not shown")));

    ::setenv("NO_COLOR", "1", 1);
    ::testing::internal::CaptureStdout();
    configure(Level::debug);
    get("hikari.test.console").debug("plain");
    std::fflush(stdout);
    const auto plain = ::testing::internal::GetCapturedStdout();
    ::unsetenv("NO_COLOR");
    EXPECT_THAT(plain, HasSubstr("DEBUG    hikari.test.console: plain"));
    EXPECT_THAT(plain, Not(HasSubstr("\x1b[")));
    configure(LogConfig::off());
}

TEST_F(LoggingTest, LevelsCanChangeWhileOtherThreadsLog) {
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    for (int t = 0; t < 3; ++t) {
        writers.emplace_back([&stop, t] {
            auto logger = get("hikari.test.concurrent." + std::to_string(t));
            while (!stop.load()) logger.debug("tick {}", t);
        });
    }
    for (int i = 0; i < 200; ++i) set_levels(i % 2 == 0 ? Level::debug : Level::error);
    stop = true;
    for (auto& w : writers) w.join();
    set_levels(Level::error);
    const auto before = sink_->records().size();
    get("hikari.test.concurrent.0").debug("after");
    EXPECT_EQ(sink_->records().size(), before);
}

TEST(LevelName, FormatsWithFmt) {
    EXPECT_EQ(fmt::format("{}", Level::warning), "WARNING");
    EXPECT_EQ(fmt::format("{}|", Level::info), "INFO|");
}

namespace {
// Counts how often it is formatted.
struct Expensive {
    int* formatted;
};
}  // namespace

template <>
struct fmt::formatter<Expensive> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const Expensive& value, FormatContext& ctx) const {
        ++*value.formatted;
        return fmt::formatter<std::string_view>::format("expensive", ctx);
    }
};

TEST_F(LoggingTest, FormatsArgumentsOnlyWhenEnabled) {
    set_levels(Level::info);
    int formatted = 0;
    auto logger = get("hikari.test.lazy");
    logger.debug("{}", Expensive{&formatted});
    logger.trace("{}", Expensive{&formatted});
    EXPECT_EQ(formatted, 0);
    logger.info("{} and {}", Expensive{&formatted}, 42);
    EXPECT_EQ(formatted, 1);
    EXPECT_THAT(sink_->records(),
                ElementsAre(Record{"hikari.test.lazy", Level::info, "expensive and 42"}));
}
