"""A TCP relay that counts the bytes each connection receives from the server (the benchmark's bytes on the wire).

usage: count_bytes.py HOST:PORT LOG
Listens on 127.0.0.1 (a free port, printed on standard output), relays every connection to HOST:PORT and appends
"connection-number bytes-from-server" to LOG when a connection ends. Runs until killed.
"""
import asyncio
import itertools
import sys


async def main(target, log):
    host, port = target.rsplit(":", 1)
    numbers = itertools.count(1)

    async def pipe(reader, writer, counter):
        total = 0
        try:
            while data := await reader.read(65536):
                total += len(data)
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()
        if counter is not None:
            with open(log, "a") as f:
                f.write(f"{counter} {total}\n")

    async def relay(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection(host, int(port))
        await asyncio.gather(pipe(client_reader, server_writer, None),
                             pipe(server_reader, client_writer, next(numbers)))

    server = await asyncio.start_server(relay, "127.0.0.1", 0)
    print(f"relay on 127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
