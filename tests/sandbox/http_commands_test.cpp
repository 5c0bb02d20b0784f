// Application commands (global and guild) over loopback.

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

class HttpCommands : public ::testing::Test {
  protected:
    void SetUp() override {
        Sandbox::Options options;
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<Sandbox>(options);
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        const auto world = client_->request("GET", "/_sandbox/world").json();
        app_ = world.at("application_id").as_string();
        guild_ = world.at("guilds").at(0).at("id").as_string();
        global_ = "/applications/" + app_ + "/commands";
        local_ = "/applications/" + app_ + "/guilds/" + guild_ + "/commands";
    }
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}) {
        return client_->bot(method, "/api/v10" + path, sandbox_->token(), body);
    }
    static std::int64_t code(const HttpResponse& r) { return r.json().at("code").as_int64(); }

    std::unique_ptr<Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
    std::string app_, guild_, global_, local_;
};

}  // namespace

TEST_F(HttpCommands, CreateGetModifyDeleteGlobal) {
    const auto created = api("POST", global_, R"({"name": "ping", "description": "Pong!"})");
    ASSERT_EQ(created.status, 201u) << created.body;
    const auto c = created.json().as_object();
    EXPECT_EQ(c.at("application_id").as_string(), app_);
    EXPECT_EQ(c.at("type").as_int64(), 1);
    EXPECT_FALSE(c.contains("guild_id"));
    const std::string id(c.at("id").as_string());
    EXPECT_EQ(api("GET", global_ + "/" + id).json().at("name").as_string(), "ping");
    const auto patched = api("PATCH", global_ + "/" + id, R"({"description": "Pong again"})");
    EXPECT_EQ(patched.json().at("description").as_string(), "Pong again");
    EXPECT_NE(patched.json().at("version"), c.at("version"));
    EXPECT_EQ(api("GET", global_).json().as_array().size(), 1u);
    EXPECT_EQ(api("DELETE", global_ + "/" + id).status, 204u);
    EXPECT_EQ(code(api("GET", global_ + "/" + id)), 10063);
    EXPECT_EQ(code(api("DELETE", global_ + "/" + id)), 10063);
}

TEST_F(HttpCommands, CreatingAnExistingNameOverwrites) {
    const auto first = api("POST", global_, R"({"name": "echo", "description": "one"})").json();
    const auto second = api("POST", global_, R"({"name": "echo", "description": "two"})");
    EXPECT_EQ(second.status, 200u);
    EXPECT_EQ(second.json().at("id"), first.at("id"));
    EXPECT_EQ(api("GET", global_).json().as_array().size(), 1u);
}

TEST_F(HttpCommands, ValidationNamesTheField) {
    const auto upper = api("POST", global_, R"({"name": "Ping", "description": "x"})");
    EXPECT_EQ(code(upper), 50035);
    EXPECT_TRUE(upper.json().at("errors").as_object().contains("name"));
    const auto no_description = api("POST", global_, R"({"name": "ping"})");
    EXPECT_TRUE(no_description.json().at("errors").as_object().contains("description"));
    const auto long_name =
        api("POST", global_, R"({"name": ")" + std::string(33, 'a') + R"(", "description": "x"})");
    EXPECT_EQ(code(long_name), 50035);
    const auto bad_type = api("POST", global_, R"({"name": "x", "description": "x", "type": 9})");
    EXPECT_TRUE(bad_type.json().at("errors").as_object().contains("type"));
    // Context-menu commands take no description but may use capitals and spaces.
    EXPECT_EQ(api("POST", global_, R"({"name": "Report User", "type": 2})").status, 201u);
}

TEST_F(HttpCommands, GuildCommandsAreSeparate) {
    ASSERT_EQ(api("POST", local_, R"({"name": "local", "description": "guild only"})").status,
              201u);
    EXPECT_EQ(api("GET", local_).json().at(0).at("guild_id").as_string(), guild_);
    EXPECT_TRUE(api("GET", global_).json().as_array().empty());
    EXPECT_EQ(code(api("GET", "/applications/" + app_ + "/guilds/1/commands")), 10004);
    const auto other_app = api("GET", "/applications/1/commands");
    EXPECT_EQ(other_app.status, 403u);
    EXPECT_EQ(code(other_app), 50001);
}

TEST_F(HttpCommands, BulkOverwriteReplacesAndKeepsIds) {
    const auto kept = api("POST", global_, R"({"name": "keep", "description": "k"})").json();
    api("POST", global_, R"({"name": "drop", "description": "d"})");
    const auto r =
        api("PUT", global_,
            R"([{"name": "keep", "description": "k2"}, {"name": "fresh", "description": "f"}])");
    ASSERT_EQ(r.status, 200u) << r.body;
    const auto list = api("GET", global_).json().as_array();
    ASSERT_EQ(list.size(), 2u);
    bool found_keep = false;
    for (const auto& c : list) {
        EXPECT_NE(c.at("name").as_string(), "drop");
        if (c.at("name").as_string() == "keep") {
            found_keep = true;
            EXPECT_EQ(c.at("id"), kept.at("id"));
            EXPECT_EQ(c.at("description").as_string(), "k2");
        }
    }
    EXPECT_TRUE(found_keep);
    const auto bad =
        api("PUT", global_, R"([{"name": "ok", "description": "x"}, {"name": "BAD"}])");
    EXPECT_EQ(code(bad), 50035);
    EXPECT_TRUE(bad.json().at("errors").at("1").as_object().contains("name"));
    EXPECT_EQ(api("GET", global_).json().as_array().size(), 2u);  // unchanged by the failed call
    EXPECT_EQ(code(api("PUT", global_, R"({"name": "x"})")), 50035);
    EXPECT_EQ(api("PUT", global_, "[]").json().as_array().size(), 0u);
}
