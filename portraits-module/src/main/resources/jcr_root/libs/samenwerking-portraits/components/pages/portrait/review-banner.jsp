<%-- Shown at the top of a draft portrait opened through a review link (requestScope.swkReview, set by the review
     servlet only): who it is for, until when, what was sent, and the form whose fields sit below each section. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<c:set var="swkR" value="${requestScope.swkReview}" />
<c:set var="swkM" value="${swkR.messages}" />
<link rel="stylesheet" href="${slingRequest.contextPath}/static/samenwerking-portraits/review.css" />
<section class="swk-review" aria-labelledby="swk-review-title">
    <h2 id="swk-review-title" class="swk-review__title"><sling:encode value="${swkM['review.banner.title']}" mode="HTML" /></h2>
    <p><sling:encode value="${fn:replace(fn:replace(swkM['review.banner.greeting'], '{0}', swkR.contactName), '{1}', swkR.expiresOn)}" mode="HTML" /></p>
    <p><sling:encode value="${swkM['review.banner.howto']}" mode="HTML" /></p>
    <c:if test="${swkR.sent}">
        <p class="swk-review__sent" role="status"><sling:encode value="${swkM['review.banner.sent']}" mode="HTML" /></p>
    </c:if>
    <c:if test="${not empty swkR.errors}">
        <div class="swk-review__errors" role="alert" id="swk-review-errors" tabindex="-1">
            <p><sling:encode value="${swkM['review.banner.errors']}" mode="HTML" /></p>
            <ul>
                <c:forEach var="swkError" items="${swkR.errors}">
                    <li><a href="#${sling:encode(swkError.key,'HTML_ATTR')}"><sling:encode value="${swkError.value}" mode="HTML" /></a></li>
                </c:forEach>
            </ul>
        </div>
    </c:if>
    <form id="swk-review-form" class="swk-review__form" method="post" action="${sling:encode(swkR.feedbackAction,'HTML_ATTR')}">
        <input type="hidden" name="${sling:encode(swkR.csrfParameter,'HTML_ATTR')}" value="${sling:encode(swkR.csrfToken,'HTML_ATTR')}" />
        <c:set var="swkSection" value="general" scope="request" />
        <sling:call script="review-field.jsp" />
        <button type="submit" class="swk-review__send"><sling:encode value="${swkM['review.send']}" mode="HTML" /></button>
    </form>
</section>
