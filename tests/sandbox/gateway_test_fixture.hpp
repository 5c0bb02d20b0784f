#pragma once
// A GatewayHub on its own io_context thread behind a tiny HTTP-upgrade acceptor, plus a
// generated World, for the gateway_*_test.cpp files.

#include "sandbox/gateway/gateway_hub.hpp"
#include "sandbox/state/world.hpp"
#include "ws_client.hpp"

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace hikari::test {

namespace json = boost::json;

inline constexpr std::uint64_t kGuilds = 1 << 0;
inline constexpr std::uint64_t kGuildMembers = 1 << 1;
inline constexpr std::uint64_t kVoiceStates = 1 << 7;
inline constexpr std::uint64_t kPresences = 1 << 8;
inline constexpr std::uint64_t kGuildMessages = 1 << 9;
inline constexpr std::uint64_t kDirectMessages = 1 << 12;
inline constexpr std::uint64_t kMessageContent = 1 << 15;

class GatewayFixture : public ::testing::Test {
  protected:
    void TearDown() override {
        if (!hub_) return;
        on_io([this] { hub_->stop(); });
        ioc_.stop();
        thread_.join();
        hub_.reset();
        acceptor_.reset();
    }

    /// Starts the hub; call once per test (before connecting).
    void start(sandbox::GatewayOptions options = {}, sandbox::WorldOptions world_options = {}) {
        options_ = options;
        world_ = std::make_unique<sandbox::World>(world_options);
        hub_ = std::make_unique<sandbox::GatewayHub>(ioc_.get_executor(), *world_, options_);
        acceptor_ = std::make_unique<boost::asio::ip::tcp::acceptor>(
            ioc_, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
        port_ = acceptor_->local_endpoint().port();
        boost::asio::co_spawn(ioc_, accept_loop(), boost::asio::detached);
        thread_ = std::thread([this] { ioc_.run(); });
    }

    /// Runs f on the io_context thread and returns its result.
    template <class F>
    auto on_io(F f) -> decltype(f()) {
        std::packaged_task<decltype(f())()> task(std::move(f));
        auto result = task.get_future();
        boost::asio::post(ioc_, [&task] { task(); });
        return result.get();
    }

    std::unique_ptr<WsClient> connect(std::string target = "/?v=10&encoding=json",
                                      WsCompression compression = WsCompression::none) {
        return std::make_unique<WsClient>(port_, std::move(target), compression);
    }

    json::object identify_payload(std::uint64_t intents,
                                  std::optional<std::pair<int, int>> shard = std::nullopt) {
        json::object d{
            {"token", world_->token()},
            {"intents", intents},
            {"properties", json::object{{"os", "linux"}, {"browser", "test"}, {"device", "test"}}}};
        if (shard) d["shard"] = json::array{shard->first, shard->second};
        return d;
    }

    /// Connects, reads HELLO, identifies and returns the READY payload.
    json::object identify(WsClient& client, std::uint64_t intents,
                          std::optional<std::pair<int, int>> shard = std::nullopt) {
        auto hello = client.receive();
        EXPECT_EQ(hello.at("op").as_int64(), 10);
        client.send_op(2, identify_payload(intents, shard));
        return client.receive_until(0, "READY");
    }

    json::object stats() {
        return on_io([this] { return hub_->control("stats", {}).as_object(); });
    }

    sandbox::GatewayOptions options_;
    boost::asio::io_context ioc_;
    std::unique_ptr<sandbox::World> world_;
    std::unique_ptr<sandbox::GatewayHub> hub_;
    std::unique_ptr<boost::asio::ip::tcp::acceptor> acceptor_;
    unsigned short port_ = 0;
    std::thread thread_;

  private:
    boost::asio::awaitable<void> accept_loop() {
        while (true) {
            boost::asio::ip::tcp::socket socket =
                co_await acceptor_->async_accept(boost::asio::use_awaitable);
            boost::beast::flat_buffer buffer;
            boost::beast::http::request<boost::beast::http::string_body> request;
            boost::beast::error_code ec;
            co_await boost::beast::http::async_read(
                socket, buffer, request,
                boost::asio::redirect_error(boost::asio::use_awaitable, ec));
            if (!ec) hub_->accept(std::move(socket), std::move(request));
        }
    }
};

}  // namespace hikari::test
