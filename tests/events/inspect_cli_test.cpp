// hikari-inspect run as a user runs it: the real executable, JSON on stdin, the parsed model
// or event on stdout, one-line errors on stderr with a non-zero exit code.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

// Defined by tests/CMakeLists.txt when the apps are built.
#ifndef HIKARI_INSPECT_EXECUTABLE
#define HIKARI_INSPECT_EXECUTABLE ""
#endif

namespace {

namespace fs = std::filesystem;

struct Result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs hikari-inspect with `args`, `input` on its stdin; waits for it to exit.
Result run(const std::vector<std::string>& args, const std::string& input = "") {
    const fs::path dir =
        fs::temp_directory_path() / ("hikari-inspect-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path in = dir / "in", out = dir / "out", err = dir / "err";
    std::ofstream(in, std::ios::binary) << input;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const std::string program = HIKARI_INSPECT_EXECUTABLE;
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    Result result;
    if (posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    posix_spawn_file_actions_destroy(&actions);
    result.out = slurp(out);
    result.err = slurp(err);
    fs::remove_all(dir);
    return result;
}

std::size_t lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class InspectCli : public ::testing::Test {
  protected:
    void SetUp() override {
        if (std::string_view(HIKARI_INSPECT_EXECUTABLE).empty()) {
            GTEST_SKIP() << "hikari-inspect is not built (HIKARI_BUILD_APPS=OFF)";
        }
    }
};

constexpr const char* message_d =
    R"({"id":"1100","channel_id":"200","guild_id":"300","type":0,"content":"hi \u00e9",)"
    R"("author":{"id":"42","username":"ann","discriminator":"0","avatar":null},)"
    R"("timestamp":"2024-01-01T00:00:00.000000+00:00","edited_timestamp":null,"tts":false,)"
    R"("mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],)"
    R"("embeds":[],"pinned":false,"unknown_field":[1,2,3]})";

TEST_F(InspectCli, ModelIsPrintedBackAsJson) {
    const Result r = run({"--model", "user"},
                         R"({"id":"80351110224678912","username":"Nelly","discriminator":"1337",)"
                         R"("avatar":"8342729096ea3675442027381ff50dfe","extra":true})");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(R"("id":"80351110224678912")"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(R"("username":"Nelly")"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("extra"), std::string::npos) << "unknown fields are not kept";
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(InspectCli, EventFromItsDObject) {
    const Result r = run({"--event", "MESSAGE_CREATE"}, message_d);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(R"("event":"GuildMessageCreateEvent")"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(R"("content":"hi é")"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(R"("author":{"id":"42")"), std::string::npos) << r.out;
}

TEST_F(InspectCli, EventFromAWholeGatewayPayload) {
    const std::string payload =
        std::string(R"({"op":0,"s":7,"t":"MESSAGE_CREATE","d":)") + message_d + "}";
    const Result whole = run({"--event", "MESSAGE_CREATE"}, payload);
    const Result d_only = run({"--event", "MESSAGE_CREATE"}, message_d);
    EXPECT_EQ(whole.exit_code, 0) << whole.err;
    EXPECT_EQ(whole.out, d_only.out);
}

TEST_F(InspectCli, BadJsonIsOneLineWithThePath) {
    const Result r =
        run({"--model", "message"},
            std::string(message_d).replace(std::string(message_d).find(R"("42")"), 4, "42"));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(lines(r.err), 1U) << r.err;
    EXPECT_NE(r.err.find("author.id: expected a snowflake string"), std::string::npos) << r.err;

    const Result truncated = run({"--event", "MESSAGE_CREATE"}, R"({"id":"1","channel_id":)");
    EXPECT_EQ(truncated.exit_code, 1);
    EXPECT_EQ(lines(truncated.err), 1U) << truncated.err;
    EXPECT_NE(truncated.err.find("hikari-inspect: not a valid MESSAGE_CREATE payload"),
              std::string::npos)
        << truncated.err;

    const Result not_json = run({"--model", "guild"}, "hello");
    EXPECT_EQ(not_json.exit_code, 1);
    EXPECT_EQ(lines(not_json.err), 1U) << not_json.err;
}

TEST_F(InspectCli, UnknownNamesPointAtList) {
    for (const auto& args : {std::vector<std::string>{"--model", "gild"},
                             std::vector<std::string>{"--event", "MESAGE_CREATE"}}) {
        const Result r = run(args, "{}");
        EXPECT_EQ(r.exit_code, 2) << args[1];
        EXPECT_NE(r.err.find("--list"), std::string::npos) << r.err;
        EXPECT_EQ(lines(r.err), 1U) << r.err;
    }
    const Result usage = run({"--frobnicate"});
    EXPECT_EQ(usage.exit_code, 2);
    EXPECT_NE(usage.err.find("usage:"), std::string::npos);
}

TEST_F(InspectCli, ListNamesModelsAndEvents) {
    const Result r = run({"--list"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const char* name : {"  guild\n", "  guild_member\n", "  message\n", "  user\n",
                             "  MESSAGE_CREATE\n", "  GUILD_CREATE\n", "  INTERACTION_CREATE\n"}) {
        EXPECT_NE(r.out.find(name), std::string::npos) << name;
    }
}

}  // namespace
