import type { Handle, HandleServerError } from '@sveltejs/kit';
import { DatasetError, formatProblem } from '$lib/data/errors';

/** Routes that other sites may frame. Everything else refuses to be framed. */
export function isFramable(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!isFramable(event.url.pathname)) {
		response.headers.set('x-frame-options', 'SAMEORIGIN');
		const csp = response.headers.get('content-security-policy');
		if (!csp?.includes('frame-ancestors')) {
			response.headers.set('content-security-policy', `${csp ? `${csp}; ` : ''}frame-ancestors 'self'`);
		}
	}
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	return response;
};

/** An invalid dataset is shown as its list of problems, never as a stack trace. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (error instanceof DatasetError) {
		return {
			message: `The dataset is invalid (${error.problems.length} problems). Run npm run data:check for details.`,
			problems: error.problems.map(formatProblem)
		};
	}
	if (status === 404) return { message };
	console.error(error);
	return { message: 'Something went wrong on the server.' };
};
