// hikari-bench-bot as a user runs it: the hikari-sandbox executable and the bot as separate
// processes, talking over loopback. Messages go in through the sandbox's control API; the
// bot's "done N" answer is read back over REST; SIGTERM must end the bot with exit code 0.

#include "http_client.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace hikari::test {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

const std::string bin_dir = std::string(HIKARI_BINARY_DIR) + "/bin/";

/// A child process with its stdout and stderr in a file; killed (SIGKILL) if still running
/// when destroyed.
class Process {
  public:
    Process(const std::string& program, const std::vector<std::string>& args,
            const std::vector<std::string>& env, std::string log_path)
        : log_(std::move(log_path)) {
        pid_ = fork();
        if (pid_ == 0) {
            // Dies with the test, even when the test aborts before its destructors run.
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            const int fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd >= 0) {
                dup2(fd, STDOUT_FILENO);
                dup2(fd, STDERR_FILENO);
            }
            for (const auto& e : env) putenv(const_cast<char*>(e.c_str()));
            std::vector<char*> argv{const_cast<char*>(program.c_str())};
            for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
            argv.push_back(nullptr);
            execv(program.c_str(), argv.data());
            _exit(127);
        }
    }
    ~Process() {
        if (pid_ > 0 && !status_) {
            ::kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
        // The failure messages carry the log's text; the file itself is not left behind.
        std::remove(log_.c_str());
    }
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    void signal(int number) const { ::kill(pid_, number); }

    /// The wait status once the process ended within `limit`, nullopt otherwise.
    std::optional<int> wait(std::chrono::milliseconds limit) {
        const auto deadline = Clock::now() + limit;
        while (!status_ && Clock::now() < deadline) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                status_ = status;
                break;
            }
            std::this_thread::sleep_for(20ms);  // no event to await for a child's exit
        }
        return status_;
    }

    [[nodiscard]] std::string log() const {
        std::ifstream in(log_);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

  private:
    std::string log_;
    pid_t pid_ = -1;
    std::optional<int> status_;
};

/// Polls `condition` until it holds or `limit` passes (the other side is another process).
template <class F>
bool eventually(F condition, std::chrono::milliseconds limit = 15'000ms) {
    const auto deadline = Clock::now() + limit;
    while (Clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(50ms);
    }
    return false;
}

TEST(BenchBot, CountsMessagesAnswersDoneAndExitsCleanlyOnSigterm) {
    // Log files of this process only: a concurrent or earlier run must not be read.
    const std::string tmp = ::testing::TempDir() + std::to_string(getpid()) + "_";
    Process sandbox(bin_dir + "hikari-sandbox", {"--port", "0", "--quiet", "--guilds", "1"}, {},
                    tmp + "bench_bot_sandbox.log");
    std::uint16_t port = 0;
    ASSERT_TRUE(eventually([&] {
        const std::string text = sandbox.log();
        const auto at = text.find("SANDBOX_PORT=");
        if (at == std::string::npos || text.find('\n', at) == std::string::npos) return false;
        port = static_cast<std::uint16_t>(std::stoi(text.substr(at + 13)));
        return true;
    })) << sandbox.log();

    HttpClient http("127.0.0.1", port);
    const json::value world = http.request("GET", "/_sandbox/world").json();
    std::string channel;
    for (const auto& c : world.at("guilds").at(0).at("channels").as_array()) {
        if (c.at("type").as_int64() == 0) {
            channel = c.at("id").as_string();
            break;
        }
    }
    ASSERT_FALSE(channel.empty());

    const std::string api = "http://127.0.0.1:" + std::to_string(port) + "/api/v10";
    Process bot(
        bin_dir + "hikari-bench-bot", {},
        {"DISCORD_TOKEN=sandbox-token", "HIKARI_REST_URL=" + api, "HIKARI_COMPRESSION=zstd-stream"},
        tmp + "bench_bot_bot.log");
    // Identified and READY sent: dispatches after this reach the bot's listener.
    ASSERT_TRUE(eventually([&] {
        return !http.request("GET", "/_sandbox/gateway/stats")
                    .json()
                    .at("sessions")
                    .as_array()
                    .empty();
    })) << bot.log();

    auto post = [&](const std::string& content) {
        const auto res = http.request(
            "POST", "/_sandbox/messages",
            json::serialize(json::object{{"channel_id", channel}, {"content", content}}));
        ASSERT_EQ(res.status, 200U) << res.body;
    };
    for (int i = 0; i < 3; ++i) post("message " + std::to_string(i));
    post("!bench-done");

    const bool answered = eventually([&] {
        const auto res =
            http.bot("GET", "/api/v10/channels/" + channel + "/messages?limit=10", "sandbox-token");
        if (res.status != 200) return false;
        const json::value messages = res.json();  // kept: the loop reads into it
        for (const auto& m : messages.as_array()) {
            if (m.at("content") == "done 3") return true;
        }
        return false;
    });
    EXPECT_TRUE(answered) << bot.log();

    bot.signal(SIGTERM);
    const auto status = bot.wait(15'000ms);
    ASSERT_TRUE(status.has_value()) << "the bot did not exit after SIGTERM\n" << bot.log();
    EXPECT_TRUE(WIFEXITED(*status)) << bot.log();
    EXPECT_EQ(WEXITSTATUS(*status), 0) << bot.log();
    EXPECT_NE(bot.log().find("hikari-bench-bot: 3 MESSAGE_CREATE from others"), std::string::npos)
        << bot.log();

    sandbox.signal(SIGTERM);
    const auto sandbox_status = sandbox.wait(10'000ms);
    ASSERT_TRUE(sandbox_status.has_value());
    EXPECT_EQ(WEXITSTATUS(*sandbox_status), 0);
}

}  // namespace
}  // namespace hikari::test
