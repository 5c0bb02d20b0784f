#include <hikari/model/model.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace hikari;

const std::string user_json =
    R"({"id":"80351110224678912","username":"Nelly","discriminator":"1337","avatar":null})";

TEST(EntityFactory, NamedShorthandsMatchFromJson) {
    EXPECT_EQ(parse_user(user_json), from_json<User>(user_json));
    EXPECT_EQ(parse_role(R"({"id":"1","name":"r","color":0,"hoist":false,"position":0,
        "permissions":"0","managed":false,"mentionable":false,"flags":0})")
                  .name,
              "r");
    EXPECT_EQ(parse_channel(R"({"id":"1","type":1})").type, ChannelType::dm);
    EXPECT_THROW((void)parse_member("{}"), JsonError);
    EXPECT_THROW((void)parse_guild("{}"), JsonError);
    EXPECT_THROW((void)parse_message("{}"), JsonError);
    EXPECT_THROW((void)parse_interaction("{}"), JsonError);
}

TEST(EntityFactory, InputNeedsNoPaddingOrTerminator) {
    // The text ends exactly at the end of a heap block: ASan flags any read past it.
    auto exact = std::make_unique<char[]>(user_json.size());
    std::memcpy(exact.get(), user_json.data(), user_json.size());
    const User u = from_json<User>(std::string_view(exact.get(), user_json.size()));
    EXPECT_EQ(u.username, "Nelly");
}

TEST(EntityFactory, PaddedInputIsReadInPlace) {
    std::string buffer = user_json + std::string(json_padding, 'x');
    const User u = from_padded_json<User>(std::string_view(buffer.data(), user_json.size()));
    EXPECT_EQ(u.id.value(), 80351110224678912ULL);
}

TEST(EntityFactory, ErrorsDoNotPoisonTheNextParse) {
    EXPECT_THROW((void)from_json<User>(R"({"id":"1","username":)"), JsonError);
    EXPECT_THROW((void)from_json<User>(R"({"id":"x"})"), JsonError);
    EXPECT_EQ(from_json<User>(user_json).username, "Nelly");
}

TEST(EntityFactory, ThreadsParseIndependently) {
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&good, t] {
            for (int i = 0; i < 200; ++i) {
                const std::string name = "user" + std::to_string(t) + "_" + std::to_string(i);
                const std::string text = R"({"id":")" + std::to_string(i + 1) +
                                         R"(","username":")" + name +
                                         R"(","discriminator":"0","avatar":null})";
                if (from_json<User>(text).username == name) ++good;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(good.load(), 800);
}

TEST(EntityFactory, PublicHeadersStayLight) {
    // simdjson and Boost belong in src/: a public header must not pull them in.
    const std::filesystem::path dir =
        std::filesystem::path(HIKARI_SOURCE_DIR) / "include/hikari/model";
    int headers = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        EXPECT_EQ(text.str().find("#include <simdjson"), std::string::npos) << entry.path();
        EXPECT_EQ(text.str().find("#include <boost"), std::string::npos) << entry.path();
        ++headers;
    }
    EXPECT_GT(headers, 15);
}

}  // namespace
