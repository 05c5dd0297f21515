// lessons/16-python-go/given/ex3-go-threads.go — the grader's Go program for
// ex3 (do not edit): K goroutines each locked to its own OS thread and asleep
// there, so that the runtime needs K threads more; then it writes
// "ready PID\n" to stdout and waits for its stdin to close.
//   ex3-go-threads K
package main

import (
	"os"
	"runtime"
	"strconv"
	"time"
)

func main() {
	k, _ := strconv.Atoi(os.Args[1])
	started := make(chan bool)
	for i := 0; i < k; i++ {
		go func() {
			runtime.LockOSThread()
			started <- true
			time.Sleep(time.Hour)
		}()
	}
	for i := 0; i < k; i++ {
		<-started
	}
	os.Stdout.Write([]byte("ready " + strconv.Itoa(os.Getpid()) + "\n"))
	buf := make([]byte, 1)
	for {
		if n, _ := os.Stdin.Read(buf); n == 0 {
			break
		}
	}
}
