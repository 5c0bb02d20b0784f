#pragma once
// A sandbox with REST limits off, a raw HTTP client and the first guild of its world, for the
// http_*_test.cpp files that check what goes over the wire.

#include <hikari/sandbox/sandbox.hpp>

#include <http_client.hpp>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace hikari::test {

class HttpWorldTest : public ::testing::Test {
  protected:
    /// Starts the sandbox with `members` members per guild and reads its first guild and that
    /// guild's first channel.
    void start(unsigned members) {
        sandbox::Sandbox::Options options;
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        options.world.members_per_guild = members;
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        world_ = client_->request("GET", "/_sandbox/world").json();
        guild_ = world_.at("guilds").at(0).at("id").as_string();
        channel_ = world_.at("guilds").at(0).at("channels").at(0).at("id").as_string();
    }

    /// A bot-authorised call to /api/v10 + path.
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}, Headers headers = {}) {
        return client_->bot(method, "/api/v10" + path, sandbox_->token(), body, std::move(headers));
    }

    /// The latest dispatch named `event` the sandbox sent.
    boost::json::object last_dispatch(const std::string& event) {
        const auto all = client_->request("GET", "/_sandbox/dispatches").json().as_array();
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            if (it->at("t").as_string() == event) return it->as_object();
        }
        ADD_FAILURE() << "no " << event << " dispatch";
        return {};
    }

    /// Discord's error code of an error answer.
    static std::int64_t code(const HttpResponse& r) { return r.json().at("code").as_int64(); }

    std::unique_ptr<sandbox::Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
    boost::json::value world_;
    std::string guild_;
    std::string channel_;
};

}  // namespace hikari::test
