// Request bodies and the transport's pure helpers: JSON with undefined/none, multipart layout,
// URLs and path encoding.

#include "rest/client/json_body.hpp"
#include "rest/client/json_read.hpp"
#include "rest/client/message_body.hpp"
#include "rest/http/multipart.hpp"
#include "rest/http/url.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace hikari::rest {
namespace {

std::string text_of(const http::Body& body) {
    std::string out;
    for (const auto& chunk : body.chunks) {
        if (const auto* bytes = std::get_if<std::string>(&chunk)) {
            out += *bytes;
        } else {
            out += "<file " + std::get<http::FileChunk>(chunk).path.string() + ">";
        }
    }
    return out;
}

TEST(JsonBody, UndefinedIsLeftOutAndNoneIsNull) {
    JsonWriter w;
    w.begin_object();
    put(w, "a", UndefinedOr<std::string>{}, write_string);
    put(w, "b", UndefinedNoneOr<std::string>{none}, write_string);
    put(w, "c", UndefinedNoneOr<std::string>{"x"}, write_string);
    put(w, "d", UndefinedOr<Snowflake>{Snowflake(5)}, write_id);
    w.end_object();
    EXPECT_EQ(w.str(), R"({"b":null,"c":"x","d":"5"})");
}

TEST(MessageBody, CreateIsJsonWithReplyAndMentions) {
    MessageCreateOptions o;
    o.content = "hi";
    o.reply = Snowflake(42);
    o.reply_must_exist = false;
    o.allowed_mentions = AllowedMentions{.users = {Snowflake(7)}, .replied_user = true};
    const auto body = message_create_body(o);
    EXPECT_EQ(body.content_type, "application/json");
    EXPECT_EQ(
        text_of(body),
        R"({"content":"hi","allowed_mentions":{"parse":[],"users":["7"],"replied_user":true},)"
        R"("message_reference":{"message_id":"42","fail_if_not_exists":false}})");
}

TEST(MessageBody, EditSendsNullToClear) {
    MessageEditOptions o;
    o.content = none;
    o.embeds = std::vector<Embed>{};
    EXPECT_EQ(text_of(message_edit_body(o)), R"({"content":null,"embeds":[]})");
}

TEST(MessageBody, EditKeepsListedAttachments) {
    MessageEditOptions o;
    o.keep_attachments = std::vector<Snowflake>{Snowflake(9)};
    EXPECT_EQ(text_of(message_edit_body(o)), R"({"attachments":[{"id":"9"}]})");
}

TEST(MessageBody, FilesMakeAMultipartBodyWithPayloadJson) {
    MessageCreateOptions o;
    o.content = "f";
    o.attachments.push_back(FileUpload::from_bytes("a.txt", "AAA", "text/plain").description("d"));
    const auto body = message_create_body(o);
    ASSERT_TRUE(body.content_type.starts_with("multipart/form-data; boundary="));
    const std::string boundary = body.content_type.substr(body.content_type.find('=') + 1);
    const std::string text = text_of(body);
    EXPECT_NE(
        text.find(
            "Content-Disposition: form-data; name=\"payload_json\"\r\n"
            "Content-Type: application/json\r\n\r\n"
            R"({"content":"f","attachments":[{"id":0,"filename":"a.txt","description":"d"}]})"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("name=\"files[0]\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                        "AAA\r\n"),
              std::string::npos);
    EXPECT_TRUE(text.ends_with("--" + boundary + "--\r\n"));
    EXPECT_EQ(body.size(), text.size());
}

TEST(MessageBody, FilesOnDiskStayOnDisk) {
    const auto path = std::filesystem::temp_directory_path() / "hikari-body-test.bin";
    { std::ofstream(path) << std::string(5000, 'z'); }
    MessageCreateOptions o;
    o.attachments.push_back(FileUpload::from_path(path));
    const auto body = message_create_body(o);
    std::filesystem::remove(path);
    bool has_file_chunk = false;
    for (const auto& c : body.chunks) {
        if (const auto* f = std::get_if<http::FileChunk>(&c)) {
            has_file_chunk = true;
            EXPECT_EQ(f->size, 5000U);
        }
    }
    EXPECT_TRUE(has_file_chunk);
}

TEST(MessageBody, LimitsAreCheckedBeforeSending) {
    EXPECT_THROW((void)message_create_body({.content = std::string(2001, 'x')}), ValueError);
    // 2000 characters of two bytes each are fine: Discord counts characters.
    std::string wide;
    for (int i = 0; i < 2000; ++i) wide += "\xC3\xA9";
    EXPECT_NO_THROW((void)message_create_body({.content = wide}));
    EXPECT_THROW((void)message_create_body({.embeds = std::vector<Embed>(11)}), ValueError);
    EXPECT_THROW((void)message_create_body({.poll = PollCreate{.question = "q", .answers = {}}}),
                 ValueError);
    EXPECT_THROW(
        (void)message_create_body(
            {.poll = PollCreate{.question = "q", .answers = {{"a"}}, .duration_hours = 0}}),
        ValueError);
}

TEST(MessageBody, InteractionResponseWrapsTheMessage) {
    EXPECT_EQ(text_of(interaction_response_body(4, {.content = "pong"})),
              R"({"type":4,"data":{"content":"pong"}})");
    EXPECT_EQ(text_of(interaction_response_body(5, {})), R"({"type":5})");
}

TEST(Multipart, RejectsHeaderInjection) {
    std::vector<http::MultipartPart> parts{{"files[0]", "evil\"\r\nX: y", "text/plain", "x"}};
    EXPECT_THROW((void)http::make_multipart(parts, "b"), ValueError);
    std::vector<http::MultipartPart> unnamed{{"", std::nullopt, "", "x"}};
    EXPECT_THROW((void)http::make_multipart(unnamed, "b"), ValueError);
}

TEST(Url, ParsesAndResolves) {
    const auto u = http::parse_url("https://discord.com/api/v10/users/@me?x=1");
    EXPECT_EQ(u.scheme, "https");
    EXPECT_EQ(u.host, "discord.com");
    EXPECT_EQ(u.port, 443);
    EXPECT_EQ(u.target, "/api/v10/users/@me?x=1");
    EXPECT_EQ(u.host_header(), "discord.com");
    const auto local = http::parse_url("http://127.0.0.1:8080");
    EXPECT_EQ(local.target, "/");
    EXPECT_EQ(local.host_header(), "127.0.0.1:8080");
    EXPECT_EQ(http::resolve_location(u, "/other").str(), "https://discord.com:443/other");
    EXPECT_EQ(http::resolve_location(u, "http://x.test/y").origin(), "http://x.test:80");
    EXPECT_THROW((void)http::parse_url("ftp://x"), ValueError);
    EXPECT_THROW((void)http::parse_url("not a url"), ValueError);
    EXPECT_THROW((void)http::parse_url("http://host:99999/"), ValueError);
    EXPECT_THROW((void)http::resolve_location(u, "mailto:a@b"), ValueError);
}

TEST(JsonRead, GatewayBotInfo) {
    const auto info = parse_gateway_bot(
        R"({"url":"wss://gateway.discord.gg","shards":9,"session_start_limit":)"
        R"({"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}})");
    EXPECT_EQ(info.url, "wss://gateway.discord.gg");
    EXPECT_EQ(info.shards, 9);
    EXPECT_EQ(info.session_start_limit.remaining, 999);
    EXPECT_EQ(info.session_start_limit.reset_after, std::chrono::milliseconds(14400000));
    EXPECT_THROW((void)parse_gateway_bot(R"({"url":"x"})"), ParseError);
    EXPECT_THROW((void)parse_gateway_bot("[1,2"), ParseError);
    EXPECT_THROW(
        (void)parse_gateway_bot(R"({"url":"x","shards":0,"session_start_limit":{"total":1}})"),
        ParseError);
}

TEST(JsonRead, ArraysOfModelsAndMalformedInput) {
    const auto users =
        parse_list<User>(R"([{"id":"1","username":"a","discriminator":"0","avatar":null},)"
                         R"({"id":"2","username":"b","discriminator":"0","avatar":null}])");
    ASSERT_EQ(users.size(), 2U);
    EXPECT_EQ(users[1].username, "b");
    EXPECT_TRUE(parse_list<User>("[]").empty());
    EXPECT_THROW((void)parse_list<User>(R"({"id":"1"})"), ParseError);
    EXPECT_THROW((void)parse_list<User>(R"([{"id":"x"}])"), ParseError);
}

TEST(JsonRead, WebhooksCommandsAndBans) {
    const auto hook = parse_webhook(
        R"({"id":"5","type":1,"name":"w","avatar":null,"application_id":null,"token":"t","channel_id":"6"})");
    EXPECT_EQ(hook.id, Snowflake(5));
    EXPECT_EQ(hook.token, std::optional<std::string>("t"));
    // A webhook type from a newer API version is kept, not refused.
    EXPECT_EQ(
        static_cast<int>(
            parse_webhook(
                R"({"id":"5","type":9,"name":null,"avatar":null,"application_id":null,"channel_id":"6"})")
                .type),
        9);
    EXPECT_THROW(
        (void)parse_webhook(
            R"({"type":1,"name":null,"avatar":null,"application_id":null,"channel_id":"6"})"),
        ParseError);
    const auto cmd = parse_command(
        R"({"id":"1","application_id":"2","name":"ping","description":"d","type":1,)"
        R"("options":[{"type":3,"name":"x","description":"o"}],"version":"3","default_member_permissions":"8"})");
    EXPECT_EQ(cmd.name, "ping");
    ASSERT_EQ(cmd.options.size(), 1U);
    EXPECT_EQ(cmd.options[0].name, "x");
    EXPECT_EQ(cmd.default_member_permissions, Permissions(8));
    const auto ban = parse_ban(
        R"({"reason":null,"user":{"id":"3","username":"u","discriminator":"0","avatar":null}})");
    EXPECT_EQ(ban.user.id, Snowflake(3));
    EXPECT_FALSE(ban.reason);
    EXPECT_THROW((void)parse_ban(R"({"reason":"x"})"), ParseError);
}

}  // namespace
}  // namespace hikari::rest
