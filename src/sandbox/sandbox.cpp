#include <hikari/sandbox/sandbox.hpp>

#include "sandbox/gateway/gateway_hub.hpp"
#include "sandbox/http/api.hpp"
#include "sandbox/http/listener.hpp"
#include "sandbox/state/world.hpp"

#include <hikari/core/errors_base.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace hikari::sandbox {

namespace asio = boost::asio;

namespace {

/// Connects the REST side to the real gateway hub.
class HubLink final : public GatewayLink {
  public:
    explicit HubLink(GatewayHub& hub) : hub_(hub) {}
    void dispatch(std::string_view event, boost::json::object data, std::optional<Snowflake> guild,
                  std::uint32_t required_intents) override {
        hub_.dispatch(event, std::move(data), guild, required_intents);
    }
    [[nodiscard]] boost::json::object session_start_limit() const override {
        return hub_.session_start_limit();
    }
    [[nodiscard]] unsigned recommended_shards() const override { return hub_.recommended_shards(); }
    boost::json::value control(std::string_view action, const boost::json::object& args) override {
        return hub_.control(action, args);
    }

  private:
    GatewayHub& hub_;
};

}  // namespace

struct Sandbox::Impl {
    Options options;
    std::unique_ptr<asio::io_context> io;
    std::unique_ptr<World> world;
    std::unique_ptr<asio::ssl::context> tls;
    NullGatewayLink null_link;
    std::unique_ptr<Api> api;
    std::unique_ptr<Listener> listener;
    // With TLS: the loopback listener that websocket upgrades are relayed to.
    std::unique_ptr<Listener> bridge;
    std::unique_ptr<GatewayHub> hub;
    std::unique_ptr<HubLink> link;
    std::thread thread;
    std::uint16_t port = 0;
    std::string token;

    std::mutex mutex;
    std::condition_variable stopped;
    bool running = false;

    [[nodiscard]] std::string host() const { return options.host; }
    [[nodiscard]] bool secure() const { return tls != nullptr; }

    void teardown() {
        listener.reset();
        bridge.reset();
        link.reset();
        hub.reset();
        api.reset();
        io.reset();  // destroys what is left of the connections
        world.reset();
        tls.reset();
    }
};

Sandbox::Sandbox(Options options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    impl_->token = impl_->options.world.bot_token;
}

Sandbox::~Sandbox() {
    stop();
}

void Sandbox::start() {
    Impl& d = *impl_;
    {
        std::lock_guard lock(d.mutex);
        if (d.running) throw HikariError("sandbox: already running");
    }
    try {
        d.io = std::make_unique<asio::io_context>(1);
        d.world = std::make_unique<World>(d.options.world);
        d.token = d.world->token();
        const bool want_tls = !d.options.tls_cert_path.empty() || !d.options.tls_key_path.empty();
        if (want_tls) {
            if (d.options.tls_cert_path.empty() || d.options.tls_key_path.empty()) {
                throw ValueError("sandbox: TLS needs both a certificate and a key");
            }
            d.tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
            try {
                d.tls->use_certificate_chain_file(d.options.tls_cert_path);
                d.tls->use_private_key_file(d.options.tls_key_path, asio::ssl::context::pem);
            } catch (const boost::system::system_error& e) {
                throw HikariError("sandbox: cannot load TLS certificate/key: " +
                                  std::string(e.what()));
            }
        }
        boost::system::error_code ec;
        const auto address = asio::ip::make_address(d.options.host, ec);
        if (ec) throw ValueError("sandbox: not an IP address: '" + d.options.host + "'");

        ApiOptions api_options;
        api_options.global_limit = d.options.global_rate_limit;
        api_options.invalid_limit = d.options.invalid_request_limit;
        api_options.route_limits = d.options.route_rate_limits;
        d.api = std::make_unique<Api>(*d.world, d.null_link, api_options);

        Impl* self = &d;
        const UpgradeHandler to_gateway =
            [self](asio::ip::tcp::socket socket,
                   boost::beast::http::request<boost::beast::http::string_body> request) {
                if (self->hub) self->hub->accept(std::move(socket), std::move(request));
            };
        d.listener =
            std::make_unique<Listener>(*d.io, asio::ip::tcp::endpoint(address, d.options.port),
                                       *d.api, to_gateway, d.tls.get(), d.options.log_requests);
        d.port = d.listener->port();
        if (d.tls) {
            d.bridge = std::make_unique<Listener>(
                *d.io, asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), 0), *d.api,
                to_gateway, nullptr, d.options.log_requests);
            d.listener->set_websocket_bridge(d.bridge->port());
        }

        GatewayOptions gateway = d.options.gateway ? *d.options.gateway : GatewayOptions{};
        if (gateway.public_url.empty()) gateway.public_url = gateway_url();
        d.hub = std::make_unique<GatewayHub>(d.io->get_executor(), *d.world, gateway);
        d.link = std::make_unique<HubLink>(*d.hub);
        d.api->context().set_gateway(*d.link);
        d.api->set_gateway_url(gateway_url());
        d.listener->start();
        if (d.bridge) d.bridge->start();
    } catch (...) {
        d.teardown();
        throw;
    }
    {
        std::lock_guard lock(d.mutex);
        d.running = true;
    }
    d.thread = std::thread([&d] { d.io->run(); });
}

void Sandbox::stop() {
    Impl& d = *impl_;
    if (!d.thread.joinable()) return;
    // Close everything on the sandbox thread, give closing handshakes a moment, then stop.
    auto drain = std::make_shared<asio::steady_timer>(*d.io);
    asio::post(*d.io, [&d, drain] {
        d.listener->stop();
        if (d.bridge) d.bridge->stop();
        d.hub->stop();
        drain->expires_after(std::chrono::milliseconds(250));
        drain->async_wait([&d](const boost::system::error_code&) { d.io->stop(); });
    });
    d.thread.join();
    drain.reset();  // before the io_context it belongs to
    d.teardown();
    {
        std::lock_guard lock(d.mutex);
        d.running = false;
    }
    d.stopped.notify_all();
}

void Sandbox::wait() {
    std::unique_lock lock(impl_->mutex);
    impl_->stopped.wait(lock, [this] { return !impl_->running; });
}

bool Sandbox::running() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->running;
}

std::uint16_t Sandbox::port() const {
    return impl_->port;
}

std::uint16_t Sandbox::plain_port() const {
    return impl_->bridge ? impl_->bridge->port() : impl_->port;
}

std::string Sandbox::api_url() const {
    return std::string(impl_->secure() ? "https://" : "http://") + impl_->host() + ":" +
           std::to_string(impl_->port) + "/api/v10";
}

std::string Sandbox::gateway_url() const {
    return std::string(impl_->secure() ? "wss://" : "ws://") + impl_->host() + ":" +
           std::to_string(impl_->port);
}

const std::string& Sandbox::token() const {
    return impl_->token;
}

}  // namespace hikari::sandbox
