#pragma once
// Shared by the REST integration tests: an in-process sandbox over real loopback HTTP, a
// RESTClient pointed at it, a runner for coroutines and access to the control API.

#include "rest/http/http_client.hpp"

#include <hikari/rest/rest_client.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include <exception>
#include <optional>
#include <string>

namespace hikari::testing {

class SandboxTest : public ::testing::Test {
  protected:
    /// Override to change the sandbox before it starts.
    virtual void configure(sandbox::SandboxOptions& /*options*/) {}
    /// Override to change the client's options.
    virtual void configure_client(RESTOptions& /*options*/) {}

    void SetUp() override {
        sandbox::SandboxOptions options;
        configure(options);
        sandbox_.emplace(options);
        sandbox_->start();
        RESTOptions rest_options;
        rest_options.rest_url = sandbox_->api_url();
        rest_options.retry_backoff = std::chrono::milliseconds(10);
        configure_client(rest_options);
        rest_.emplace(io_.get_executor(), Token::bot(sandbox_->token()), rest_options);
        control_.emplace(io_.get_executor(), HTTPSettings{}, std::nullopt);
        const auto world = control("GET", "/world");
        const auto& guild = world.at("guilds").as_array().at(0).as_object();
        guild_ = Snowflake::parse(guild.at("id").as_string());
        channel_ = Snowflake::parse(
            guild.at("channels").as_array().at(0).as_object().at("id").as_string());
        application_ = Snowflake::parse(world.at("application_id").as_string());
        for (const auto& m : guild.at("members").as_array()) {
            members_.push_back(Snowflake::parse(m.as_string()));
        }
    }

    void TearDown() override {
        rest_.reset();
        control_.reset();
        sandbox_->stop();
    }

    /// Runs a coroutine to completion on the test's io_context, rethrowing its exception.
    template <class T>
    T run(Task<T> task) {
        std::optional<T> result;
        std::exception_ptr error;
        boost::asio::co_spawn(io_, std::move(task), [&](std::exception_ptr e, T value) {
            error = e;
            if (!e) result.emplace(std::move(value));
        });
        io_.restart();
        io_.run();
        if (error) std::rethrow_exception(error);
        return std::move(*result);
    }
    void run(Task<void> task) {
        std::exception_ptr error;
        boost::asio::co_spawn(io_, std::move(task), [&](std::exception_ptr e) { error = e; });
        io_.restart();
        io_.run();
        if (error) std::rethrow_exception(error);
    }

    /// Calls the sandbox's control API (/_sandbox/...) and returns its JSON answer.
    boost::json::value control(const std::string& method, const std::string& path,
                               const boost::json::value& body = nullptr) {
        rest::http::Request request;
        request.method = method;
        const std::string api = sandbox_->api_url();
        request.url = api.substr(0, api.find("/api/")) + "/_sandbox" + path;
        if (!body.is_null()) {
            request.body = rest::http::Body::of("application/json", boost::json::serialize(body));
        }
        auto response = run(control_->send(std::move(request)));
        if (response.status != 200) {
            throw std::runtime_error("control " + path + " answered " +
                                     std::to_string(response.status) + ": " + response.body);
        }
        return boost::json::parse(response.body);
    }

    /// The sandbox's count of REST answers that were 429s.
    std::uint64_t sandbox_429s() {
        return control("GET", "/stats").at("rest").at("rate_limited").to_number<std::uint64_t>();
    }
    std::uint64_t sandbox_invalid_requests() {
        return control("GET", "/stats")
            .at("rest")
            .at("invalid_requests")
            .to_number<std::uint64_t>();
    }
    std::uint64_t sandbox_calls(const std::string& route) {
        const auto stats = control("GET", "/stats");
        const auto& calls = stats.at("rest").at("calls").as_object();
        auto it = calls.find(route);
        return it == calls.end() ? 0 : it->value().to_number<std::uint64_t>();
    }

    boost::asio::io_context io_;
    std::optional<sandbox::Sandbox> sandbox_;
    std::optional<RESTClient> rest_;
    std::optional<rest::http::HttpClient> control_;
    Snowflake guild_;
    Snowflake channel_;
    Snowflake application_;
    std::vector<Snowflake> members_;
};

}  // namespace hikari::testing
