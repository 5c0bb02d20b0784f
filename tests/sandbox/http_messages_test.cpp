// Messages, reactions, pins and typing over loopback, with the gateway dispatches they cause.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/time.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <http_client.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace json = boost::json;
using hikari::sandbox::Sandbox;
using hikari::test::HttpClient;
using hikari::test::HttpResponse;

namespace {

class HttpMessages : public ::testing::Test {
  protected:
    void SetUp() override {
        Sandbox::Options options;
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<Sandbox>(options);
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        const auto world = client_->request("GET", "/_sandbox/world").json();
        const auto& guild = world.at("guilds").at(0);
        guild_ = guild.at("id").as_string();
        channel_ = guild.at("channels").at(0).at("id").as_string();
        other_channel_ = guild.at("channels").at(1).at("id").as_string();
        bot_ = world.at("bot").at("id").as_string();
    }
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}, hikari::test::Headers headers = {}) {
        return client_->bot(method, "/api/v10" + path, sandbox_->token(), body, std::move(headers));
    }
    std::string post(const std::string& content) {
        const auto r = api("POST", "/channels/" + channel_ + "/messages",
                           json::serialize(json::object{{"content", content}}));
        EXPECT_EQ(r.status, 200u) << r.body;
        return std::string(r.json().at("id").as_string());
    }
    /// The most recent dispatch named `event` the REST side emitted.
    json::object last_dispatch(const std::string& event) {
        const auto all = client_->request("GET", "/_sandbox/dispatches").json().as_array();
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            if (it->at("t").as_string() == event) return it->as_object();
        }
        ADD_FAILURE() << "no " << event << " dispatch";
        return {};
    }
    static std::int64_t code(const HttpResponse& r) { return r.json().at("code").as_int64(); }

    std::unique_ptr<Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
    std::string guild_, channel_, other_channel_, bot_;
};

const std::string thumbs_up = "%F0%9F%91%8D";  // 👍

}  // namespace

TEST_F(HttpMessages, CreateReturnsTheMessageAndDispatchesMessageCreate) {
    const auto r = api("POST", "/channels/" + channel_ + "/messages",
                       R"({"content": "hello", "nonce": "n1"})");
    ASSERT_EQ(r.status, 200u);
    const auto m = r.json().as_object();
    EXPECT_EQ(m.at("content").as_string(), "hello");
    EXPECT_EQ(m.at("channel_id").as_string(), channel_);
    EXPECT_EQ(m.at("author").at("id").as_string(), bot_);
    EXPECT_EQ(m.at("type").as_int64(), 0);
    for (const char* key : {"timestamp", "edited_timestamp", "tts", "mention_everyone", "mentions",
                            "mention_roles", "attachments", "embeds", "pinned"}) {
        EXPECT_TRUE(m.contains(key)) << key;
    }
    const auto d = last_dispatch("MESSAGE_CREATE");
    EXPECT_EQ(d.at("d").at("id"), m.at("id"));
    EXPECT_EQ(d.at("d").at("guild_id").as_string(), guild_);
    EXPECT_TRUE(d.at("d").as_object().contains("member"));
    EXPECT_EQ(d.at("intents").as_int64(), 1 << 9);
    EXPECT_EQ(
        api("GET", "/channels/" + channel_ + "/messages/" + std::string(m.at("id").as_string()))
            .status,
        200u);
}

TEST_F(HttpMessages, CreateValidatesTheBody) {
    const auto empty = api("POST", "/channels/" + channel_ + "/messages", "{}");
    EXPECT_EQ(empty.status, 400u);
    EXPECT_EQ(code(empty), 50006);
    const auto long_content =
        api("POST", "/channels/" + channel_ + "/messages",
            json::serialize(json::object{{"content", std::string(2001, 'a')}}));
    EXPECT_EQ(code(long_content), 50035);
    EXPECT_TRUE(long_content.json().at("errors").as_object().contains("content"));
    const auto bad_embed = api("POST", "/channels/" + channel_ + "/messages",
                               R"({"embeds": [{"title": "ok"}, {"color": -1}]})");
    EXPECT_EQ(code(bad_embed), 50035);
    EXPECT_TRUE(bad_embed.json().at("errors").at("embeds").at("1").as_object().contains("color"));
    const auto wrong_type = api("POST", "/channels/" + channel_ + "/messages", R"({"content": 5})");
    EXPECT_EQ(code(wrong_type), 50035);
    const auto not_object = api("POST", "/channels/" + channel_ + "/messages", R"([1])");
    EXPECT_EQ(code(not_object), 50035);
}

TEST_F(HttpMessages, UnknownChannelAndMessage) {
    const auto channel = api("GET", "/channels/1/messages");
    EXPECT_EQ(channel.status, 404u);
    EXPECT_EQ(code(channel), 10003);
    EXPECT_EQ(channel.json().at("message").as_string(), "Unknown Channel");
    const auto message = api("GET", "/channels/" + channel_ + "/messages/1");
    EXPECT_EQ(message.status, 404u);
    EXPECT_EQ(code(message), 10008);
}

TEST_F(HttpMessages, ReplyNeedsAKnownMessage) {
    const std::string first = post("first");
    const auto reply =
        api("POST", "/channels/" + channel_ + "/messages",
            R"({"content": "re", "message_reference": {"message_id": ")" + first + R"("}})");
    ASSERT_EQ(reply.status, 200u);
    EXPECT_EQ(reply.json().at("type").as_int64(), 19);
    EXPECT_EQ(reply.json().at("referenced_message").at("id").as_string(), first);
    const auto bad = api("POST", "/channels/" + channel_ + "/messages",
                         R"({"content": "re", "message_reference": {"message_id": "1"}})");
    EXPECT_EQ(code(bad), 50035);
    EXPECT_TRUE(bad.json().at("errors").as_object().contains("message_reference"));
}

TEST_F(HttpMessages, ListPaginatesNewestFirst) {
    std::vector<std::string> ids;
    for (int i = 0; i < 12; ++i) ids.push_back(post("m" + std::to_string(i)));
    const std::string base = "/channels/" + channel_ + "/messages";
    const auto page = api("GET", base + "?limit=5").json().as_array();
    ASSERT_EQ(page.size(), 5u);
    EXPECT_EQ(page[0].at("id").as_string(), ids[11]);
    EXPECT_EQ(page[4].at("id").as_string(), ids[7]);
    const auto next = api("GET", base + "?limit=5&before=" + ids[7]).json().as_array();
    ASSERT_EQ(next.size(), 5u);
    EXPECT_EQ(next[0].at("id").as_string(), ids[6]);
    const auto after = api("GET", base + "?limit=3&after=" + ids[2]).json().as_array();
    ASSERT_EQ(after.size(), 3u);
    EXPECT_EQ(after[0].at("id").as_string(), ids[5]);  // newest of the three after ids[2]
    EXPECT_EQ(after[2].at("id").as_string(), ids[3]);
    const auto around = api("GET", base + "?limit=5&around=" + ids[6]).json().as_array();
    ASSERT_EQ(around.size(), 5u);
    EXPECT_EQ(around[0].at("id").as_string(), ids[8]);
    EXPECT_EQ(around[2].at("id").as_string(), ids[6]);
    EXPECT_EQ(around[4].at("id").as_string(), ids[4]);
    // Default limit is 50: the 5 generated messages plus our 12.
    EXPECT_EQ(api("GET", base).json().as_array().size(), 17u);
}

TEST_F(HttpMessages, ListRejectsBadQueryValues) {
    const std::string base = "/channels/" + channel_ + "/messages";
    for (const std::string query :
         {"?limit=0", "?limit=101", "?limit=abc", "?before=xyz", "?after=-1"}) {
        const auto r = api("GET", base + query);
        EXPECT_EQ(r.status, 400u) << query;
        EXPECT_EQ(code(r), 50035) << query;
    }
    const auto r = api("GET", base + "?limit=101");
    EXPECT_EQ(r.json().at("errors").at("limit").at("_errors").at(0).at("code").as_string(),
              "NUMBER_TYPE_MAX");
}

TEST_F(HttpMessages, MultipartCreateAttachesFiles) {
    const std::string boundary = "sandboxboundary42";
    std::string body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"payload_json\"\r\n";
    body += "Content-Type: application/json\r\n\r\n";
    body += R"({"content": "with file", "attachments": [{"id": 0, "description": "a note"}]})";
    body += "\r\n--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"files[0]\"; filename=\"note.txt\"\r\n";
    body += "Content-Type: text/plain\r\n\r\n";
    body += "hello file\r\nsecond line";
    body += "\r\n--" + boundary + "--\r\n";
    const auto r = api("POST", "/channels/" + channel_ + "/messages", body,
                       {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
    ASSERT_EQ(r.status, 200u) << r.body;
    const auto m = r.json();
    EXPECT_EQ(m.at("content").as_string(), "with file");
    const auto& attachment = m.at("attachments").at(0);
    EXPECT_EQ(attachment.at("filename").as_string(), "note.txt");
    EXPECT_EQ(attachment.at("size").as_int64(), 23);
    EXPECT_EQ(attachment.at("content_type").as_string(), "text/plain");
    EXPECT_EQ(attachment.at("description").as_string(), "a note");

    // A file alone is a valid message too.
    std::string only_file = "--" + boundary +
                            "\r\nContent-Disposition: form-data; name=\"files[0]\"; "
                            "filename=\"a.bin\"\r\n\r\nxyz\r\n--" +
                            boundary + "--\r\n";
    EXPECT_EQ(api("POST", "/channels/" + channel_ + "/messages", only_file,
                  {{"Content-Type", "multipart/form-data; boundary=" + boundary}})
                  .status,
              200u);
}

TEST_F(HttpMessages, MalformedMultipartIs50035) {
    const auto r = api("POST", "/channels/" + channel_ + "/messages", "--b\r\nno headers end",
                       {{"Content-Type", "multipart/form-data; boundary=b"}});
    EXPECT_EQ(r.status, 400u);
    EXPECT_EQ(code(r), 50035);
    const auto no_boundary = api("POST", "/channels/" + channel_ + "/messages", "x",
                                 {{"Content-Type", "multipart/form-data"}});
    EXPECT_EQ(code(no_boundary), 50035);
}

TEST_F(HttpMessages, EditOwnMessageOnly) {
    const std::string id = post("before");
    const auto r =
        api("PATCH", "/channels/" + channel_ + "/messages/" + id, R"({"content": "after"})");
    ASSERT_EQ(r.status, 200u);
    EXPECT_EQ(r.json().at("content").as_string(), "after");
    EXPECT_TRUE(r.json().at("edited_timestamp").is_string());
    EXPECT_EQ(last_dispatch("MESSAGE_UPDATE").at("d").at("content").as_string(), "after");
    // The generated history was written by simulated people.
    const auto history =
        api("GET", "/channels/" + channel_ + "/messages?limit=100").json().as_array();
    const auto& oldest = history.back();
    const auto foreign = api(
        "PATCH", "/channels/" + channel_ + "/messages/" + std::string(oldest.at("id").as_string()),
        R"({"content": "mine now"})");
    EXPECT_EQ(foreign.status, 403u);
    EXPECT_EQ(code(foreign), 50005);
}

TEST_F(HttpMessages, DeleteRemovesAndDispatches) {
    const std::string id = post("bye");
    EXPECT_EQ(api("DELETE", "/channels/" + channel_ + "/messages/" + id).status, 204u);
    EXPECT_EQ(code(api("GET", "/channels/" + channel_ + "/messages/" + id)), 10008);
    EXPECT_EQ(code(api("DELETE", "/channels/" + channel_ + "/messages/" + id)), 10008);
    const auto d = last_dispatch("MESSAGE_DELETE");
    EXPECT_EQ(d.at("d").at("id").as_string(), id);
    EXPECT_EQ(d.at("d").at("guild_id").as_string(), guild_);
}

TEST_F(HttpMessages, BulkDeleteChecksCountAgeAndIds) {
    const std::string a = post("a");
    const std::string b = post("b");
    const std::string base = "/channels/" + channel_ + "/messages/bulk-delete";
    EXPECT_EQ(code(api("POST", base, R"({"messages": [")" + a + R"("]})")), 50016);
    EXPECT_EQ(code(api("POST", base, "{}")), 50035);
    EXPECT_EQ(code(api("POST", base, R"({"messages": [")" + a + R"(", "nope"]})")), 50035);
    const auto history =
        api("GET", "/channels/" + channel_ + "/messages?limit=100").json().as_array();
    const std::string old(history.back().at("id").as_string());
    const auto too_old = api("POST", base, R"({"messages": [")" + a + R"(", ")" + old + R"("]})");
    EXPECT_EQ(too_old.status, 400u);
    EXPECT_EQ(code(too_old), 50034);
    EXPECT_EQ(api("POST", base, R"({"messages": [")" + a + R"(", ")" + b + R"("]})").status, 204u);
    EXPECT_EQ(code(api("GET", "/channels/" + channel_ + "/messages/" + a)), 10008);
    const auto d = last_dispatch("MESSAGE_DELETE_BULK");
    EXPECT_EQ(d.at("d").at("ids").as_array().size(), 2u);
}

TEST_F(HttpMessages, ReactionsAddListRemove) {
    const std::string id = post("react to me");
    const std::string base = "/channels/" + channel_ + "/messages/" + id + "/reactions/";
    EXPECT_EQ(api("PUT", base + thumbs_up + "/@me").status, 204u);
    const auto add = last_dispatch("MESSAGE_REACTION_ADD");
    EXPECT_EQ(add.at("d").at("emoji").at("name").as_string(), "\xF0\x9F\x91\x8D");
    EXPECT_EQ(add.at("d").at("user_id").as_string(), bot_);
    EXPECT_EQ(add.at("intents").as_int64(), 1 << 10);
    const auto message = api("GET", "/channels/" + channel_ + "/messages/" + id).json();
    EXPECT_EQ(message.at("reactions").at(0).at("count").as_int64(), 1);
    EXPECT_TRUE(message.at("reactions").at(0).at("me").as_bool());
    const auto users = api("GET", base + thumbs_up).json().as_array();
    ASSERT_EQ(users.size(), 1u);
    EXPECT_EQ(users[0].at("id").as_string(), bot_);
    EXPECT_EQ(code(api("GET", base + thumbs_up + "?limit=0")), 50035);
    EXPECT_EQ(api("DELETE", base + thumbs_up + "/@me").status, 204u);
    EXPECT_EQ(last_dispatch("MESSAGE_REACTION_REMOVE").at("d").at("user_id").as_string(), bot_);
    EXPECT_TRUE(api("GET", base + thumbs_up).json().as_array().empty());
}

TEST_F(HttpMessages, ReactionEmojiMustExist) {
    const std::string id = post("emoji");
    const std::string base = "/channels/" + channel_ + "/messages/" + id + "/reactions/";
    for (const std::string emoji : {"thumbsup", "custom:1", "custom:abc", ":123"}) {
        const auto r = api("PUT", base + emoji + "/@me");
        EXPECT_EQ(r.status, 400u) << emoji;
        EXPECT_EQ(code(r), 10014) << emoji;
    }
    const auto guild = api("GET", "/guilds/" + guild_).json();
    const auto& custom = guild.at("emojis").at(0);
    const std::string name =
        std::string(custom.at("name").as_string()) + ":" + std::string(custom.at("id").as_string());
    EXPECT_EQ(api("PUT", base + name + "/@me").status, 204u);
    EXPECT_EQ(api("DELETE", base + name).status, 204u);
    EXPECT_EQ(last_dispatch("MESSAGE_REACTION_REMOVE_EMOJI").at("d").at("emoji").at("id"),
              custom.at("id"));
    EXPECT_EQ(api("PUT", base + thumbs_up + "/@me").status, 204u);
    EXPECT_EQ(api("DELETE", "/channels/" + channel_ + "/messages/" + id + "/reactions").status,
              204u);
    last_dispatch("MESSAGE_REACTION_REMOVE_ALL");
    EXPECT_EQ(
        code(api("PUT", "/channels/" + channel_ + "/messages/1/reactions/" + thumbs_up + "/@me")),
        10008);
}

TEST_F(HttpMessages, TypingDispatchesTypingStart) {
    EXPECT_EQ(api("POST", "/channels/" + channel_ + "/typing").status, 204u);
    const auto d = last_dispatch("TYPING_START");
    EXPECT_EQ(d.at("d").at("channel_id").as_string(), channel_);
    EXPECT_EQ(d.at("intents").as_int64(), 1 << 11);
    EXPECT_EQ(code(api("POST", "/channels/1/typing")), 10003);
}

TEST_F(HttpMessages, PinAndUnpin) {
    const std::string id = post("pin me");
    EXPECT_EQ(api("PUT", "/channels/" + channel_ + "/pins/" + id).status, 204u);
    const auto pins = api("GET", "/channels/" + channel_ + "/pins").json().as_array();
    ASSERT_EQ(pins.size(), 1u);
    EXPECT_EQ(pins[0].at("id").as_string(), id);
    EXPECT_TRUE(pins[0].at("pinned").as_bool());
    EXPECT_EQ(last_dispatch("CHANNEL_PINS_UPDATE").at("d").at("channel_id").as_string(), channel_);
    EXPECT_EQ(api("DELETE", "/channels/" + channel_ + "/pins/" + id).status, 204u);
    EXPECT_TRUE(api("GET", "/channels/" + channel_ + "/pins").json().as_array().empty());
    EXPECT_EQ(code(api("PUT", "/channels/" + channel_ + "/pins/1")), 10008);
}

// Found by the discord.js fidelity check: message.pin() and fetchPins() use the routes under
// /messages/pins (message.mdx "Get Channel Pins"), which the sandbox answered with 404/400.
TEST_F(HttpMessages, PinsUnderMessagesPaginateByPinTime) {
    const std::string pins = "/channels/" + channel_ + "/messages/pins";
    const std::string a = post("first"), b = post("second"), c = post("third");
    for (const auto& id : {a, b, c}) EXPECT_EQ(api("PUT", pins + "/" + id).status, 204u);
    EXPECT_EQ(last_dispatch("CHANNEL_PINS_UPDATE").at("d").at("channel_id").as_string(), channel_);

    const auto page = api("GET", pins + "?limit=2").json().as_object();
    ASSERT_EQ(page.at("items").as_array().size(), 2u);
    EXPECT_TRUE(page.at("has_more").as_bool());
    const auto& newest = page.at("items").at(0).as_object();
    EXPECT_EQ(newest.at("message").at("id").as_string(), c);  // most recently pinned first
    EXPECT_TRUE(newest.at("message").at("pinned").as_bool());
    const std::string cursor(page.at("items").at(1).at("pinned_at").as_string());
    EXPECT_TRUE(hikari::try_parse_iso8601(cursor).has_value()) << cursor;

    std::string query = cursor;  // '+' in a query string means a space
    query.replace(query.find('+'), 1, "%2B");
    const auto rest = api("GET", pins + "?before=" + query).json().as_object();
    ASSERT_EQ(rest.at("items").as_array().size(), 1u);
    EXPECT_EQ(rest.at("items").at(0).at("message").at("id").as_string(), a);
    EXPECT_FALSE(rest.at("has_more").as_bool());
    EXPECT_EQ(code(api("GET", pins + "?before=yesterday")), 50035);
    EXPECT_EQ(code(api("GET", pins + "?limit=51")), 50035);

    // The deprecated routes see the same pins.
    EXPECT_EQ(api("GET", "/channels/" + channel_ + "/pins").json().as_array().size(), 3u);
    EXPECT_EQ(api("DELETE", pins + "/" + b).status, 204u);
    EXPECT_EQ(api("DELETE", "/channels/" + channel_ + "/pins/" + a).status, 204u);
    const auto left = api("GET", pins).json().as_object();
    ASSERT_EQ(left.at("items").as_array().size(), 1u);
    EXPECT_EQ(left.at("items").at(0).at("message").at("id").as_string(), c);
    // The dispatch carries the time of the most recent pin left, not of the unpin.
    EXPECT_EQ(last_dispatch("CHANNEL_PINS_UPDATE").at("d").at("last_pin_timestamp"),
              newest.at("pinned_at"));
    EXPECT_EQ(code(api("PUT", pins + "/1")), 10008);
}

TEST_F(HttpMessages, MentionsAreDerivedFromContent) {
    const auto roles = api("GET", "/guilds/" + guild_ + "/roles").json().as_array();
    const std::string role(roles.back().at("id").as_string());
    const std::string content =
        "hey <@" + bot_ + "> and <@!" + bot_ + "> <@&" + role + "> <@&1> <@123> @everyone";
    const auto r = api("POST", "/channels/" + channel_ + "/messages",
                       json::serialize(json::object{{"content", content}}));
    ASSERT_EQ(r.status, 200u);
    const auto m = r.json();
    ASSERT_EQ(m.at("mentions").as_array().size(), 1u);  // once, and only users that exist
    EXPECT_EQ(m.at("mentions").at(0).at("id").as_string(), bot_);
    ASSERT_EQ(m.at("mention_roles").as_array().size(), 1u);
    EXPECT_EQ(m.at("mention_roles").at(0).as_string(), role);
    EXPECT_TRUE(m.at("mention_everyone").as_bool());
    const auto plain =
        api("POST", "/channels/" + channel_ + "/messages", R"({"content": "<@ broken"})").json();
    EXPECT_TRUE(plain.at("mentions").as_array().empty());
    EXPECT_FALSE(plain.at("mention_everyone").as_bool());
}

TEST_F(HttpMessages, DirectMessagesUseTheirOwnChannelAndIntent) {
    const auto world = client_->request("GET", "/_sandbox/world").json();
    const std::string person(world.at("guilds").at(0).at("members").at(1).as_string());
    const auto dm = api("POST", "/users/@me/channels", R"({"recipient_id": ")" + person + R"("})");
    ASSERT_EQ(dm.status, 200u) << dm.body;
    EXPECT_EQ(dm.json().at("type").as_int64(), 1);
    EXPECT_EQ(dm.json().at("recipients").at(0).at("id").as_string(), person);
    const std::string dm_id(dm.json().at("id").as_string());
    // Opening it again gives the same channel.
    EXPECT_EQ(api("POST", "/users/@me/channels", R"({"recipient_id": ")" + person + R"("})")
                  .json()
                  .at("id")
                  .as_string(),
              dm_id);
    EXPECT_EQ(api("POST", "/channels/" + dm_id + "/messages", R"({"content": "psst"})").status,
              200u);
    const auto d = last_dispatch("MESSAGE_CREATE");
    EXPECT_EQ(d.at("intents").as_int64(), 1 << 12);
    EXPECT_TRUE(d.at("guild_id").is_null());
    EXPECT_FALSE(d.at("d").as_object().contains("guild_id"));
    EXPECT_EQ(
        api("POST", "/users/@me/channels", R"({"recipient_id": "1"})").json().at("code").as_int64(),
        10013);
    EXPECT_EQ(api("POST", "/users/@me/channels", "{}").json().at("code").as_int64(), 50035);
}
